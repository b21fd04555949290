package dev.antitrust.model;

/** A position held at a company, as written in a person's {@code roles}. */
public record Role(String company, RoleKind role) {

  public Role {
    Require.id("company", company);
    Require.present("role", role);
  }
}
