package dev.antitrust.model;

/** The area of law a concern belongs to. Rule files name it in kebab case, e.g. {@code merger-filing}. */
public enum Category implements WireName {
  CONCENTRATION,
  DOMINANCE,
  EXCLUSIVE_DEALING,
  VERTICAL_FORECLOSURE,
  COORDINATION,
  MINORITY_STAKES,
  SWITCHING_COSTS,
  MERGER_FILING,
  INTERLOCKING_DIRECTORATES,
  EXPORT_CONTROL,
  FOREIGN_INVESTMENT,
  GATEKEEPER
}
