package dev.antitrust.model;

import java.util.Map;

/**
 * A relevant market and the shares held in it.
 *
 * @param id unique within the case
 * @param name display name
 * @param geography where the market is, e.g. {@code worldwide}, {@code EU}, {@code US}
 * @param shares percent of the market by company id; the key {@value #FRINGE} stands for the fringe of
 *     small firms, which counts toward the total but not toward the HHI
 * @param input the input this market supplies to other markets (compute, data, ...), or null for a
 *     market of final products; vertical rules read it
 */
public record Market(String id, String name, String geography, Map<String, Double> shares, InputKind input) {

  /** The share key for the fringe of firms too small to name. */
  public static final String FRINGE = "others";

  public Market {
    Require.id("id", id);
    name = name == null || name.isBlank() ? id : name;
    geography = geography == null || geography.isBlank() ? "worldwide" : geography;
    shares = Require.sortedAmounts("shares", shares, true);
    double total = shares.values().stream().mapToDouble(Double::doubleValue).sum();
    // A little slack for shares written with one decimal that round up past 100.
    if (total > 100.0 + 1e-6) {
      throw new InvalidFactException(
          "shares", "of market '" + id + "' add up to " + Require.number(total) + "%, more than 100%");
    }
  }

  /** The fringe's share, 0 when the case names every firm. */
  public double fringeShare() {
    return shares.getOrDefault(FRINGE, 0.0);
  }
}
