package dev.antitrust.model;

/** An input one firm supplies another through a pipeline. */
public enum InputKind implements WireName {
  COMPUTE,
  DATA,
  DISTRIBUTION,
  CONTENT,
  IP,
  TALENT,
  ENERGY,
  LAUNCH
}
