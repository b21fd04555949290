package dev.antitrust.model;

import java.util.List;

/** A person with positions at one or more companies: directors, officers, observers. */
public record Person(String id, String name, List<Role> roles) {

  public Person {
    Require.id("id", id);
    name = name == null || name.isBlank() ? id : name;
    roles = Require.list("roles", roles);
  }
}
