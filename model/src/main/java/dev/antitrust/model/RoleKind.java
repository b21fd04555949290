package dev.antitrust.model;

/** A position a person holds at a company. */
public enum RoleKind implements WireName {
  DIRECTOR,
  OFFICER,
  OBSERVER
}
