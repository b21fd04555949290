package dev.antitrust.model;

/** A kind of dual-use hardware asset. */
public enum HardwareKind implements WireName {
  GPU_CLUSTER,
  ACCELERATOR,
  SATELLITE,
  LAUNCH_VEHICLE,
  DATACENTER
}
