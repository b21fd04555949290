package dev.antitrust.model;

/** What an agreement does, which decides the theories of harm and filing regimes that apply. */
public enum AgreementKind implements WireName {
  MERGER,
  ACQUISITION,
  MINORITY_STAKE,
  JOINT_VENTURE,
  COMPUTE_SUPPLY,
  DATA_LICENCE,
  DISTRIBUTION,
  R_AND_D,
  JOINT_PURCHASING,
  LICENCE,
  ACQUI_HIRE;

  /** True where the parties' market positions combine, so HHI and ΔHHI apply. */
  public boolean combinesMarketShares() {
    return this == MERGER || this == ACQUISITION || this == JOINT_VENTURE;
  }
}
