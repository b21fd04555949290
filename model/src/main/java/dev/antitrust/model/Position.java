package dev.antitrust.model;

/**
 * One person's position at one company, flattened from {@link Person#roles()} so rules can join
 * people across companies.
 */
public record Position(String person, String company, RoleKind role) {

  public Position {
    Require.id("person", person);
    Require.id("company", company);
    Require.present("role", role);
  }
}
