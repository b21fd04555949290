package dev.antitrust.model;

import java.util.List;

/**
 * Dual-use hardware: a GPU cluster, accelerators, satellites, launch vehicles, a data centre.
 *
 * @param id unique within the case
 * @param owner company id
 * @param kind what the asset is
 * @param units number of chips, satellites or vehicles
 * @param chip the chip model, e.g. {@code H100}, or null
 * @param tppPerUnit total processing performance per chip as ECCN 3A090 defines it, or null
 * @param performanceDensity TPP per mm² of die area, or null when unknown
 * @param powerMw power draw in megawatts, or null
 * @param locations country codes where the asset sits
 * @param accessibleBy company ids with access to it, remote access included
 * @param memoryBandwidth total DRAM bandwidth per chip in GB/s, or null when unknown
 */
public record HardwareAsset(
    String id,
    String owner,
    HardwareKind kind,
    long units,
    String chip,
    Double tppPerUnit,
    Double performanceDensity,
    Double powerMw,
    List<String> locations,
    List<String> accessibleBy,
    Double memoryBandwidth) {

  public HardwareAsset {
    Require.id("id", id);
    Require.id("owner", owner);
    Require.present("kind", kind);
    Require.count("units", units, Require.MAX_UNITS);
    Require.optionalAmount("tppPerUnit", tppPerUnit);
    Require.optionalAmount("performanceDensity", performanceDensity);
    Require.optionalAmount("powerMw", powerMw);
    locations = Require.list("locations", locations);
    accessibleBy = Require.ids("accessibleBy", accessibleBy);
    Require.optionalAmount("memoryBandwidth", memoryBandwidth);
  }

  /** TPP per unit, or 0 when unknown, for rules that compare it. */
  public double tpp() {
    return tppPerUnit == null ? 0 : tppPerUnit;
  }

  /** Performance density, or 0 when unknown. */
  public double density() {
    return performanceDensity == null ? 0 : performanceDensity;
  }
}
