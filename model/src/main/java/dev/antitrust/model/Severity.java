package dev.antitrust.model;

/** How serious a concern is, most serious first. */
public enum Severity implements WireName {
  /** A likely violation or a mandatory step with penalties (e.g. an export without licence). */
  CRITICAL,
  /** A legal presumption is met, or a theory of harm the agencies have named is squarely raised. */
  HIGH,
  /** A screen is failed: review is likely and the facts need work. */
  MEDIUM,
  /** Worth noting; usually resolved on the facts. */
  LOW,
  /** Context a reviewer should know, not a concern on its own. */
  INFO;

  /** True when this is as serious as {@code other} or more. */
  public boolean atLeast(Severity other) {
    return ordinal() <= other.ordinal();
  }
}
