package dev.antitrust.model;

import java.util.Map;

/**
 * A firm, a party to agreements and a holder of market shares.
 *
 * @param id unique within the case
 * @param name display name
 * @param parent id of the company that controls this one, or null for a group's head
 * @param hq country code of the headquarters (ISO 3166 alpha-2, e.g. {@code US})
 * @param turnover turnover by region in the case currency: {@code worldwide}, {@code EU}, {@code UK},
 *     {@code US} or a country code
 * @param marketCap market capitalisation in the case currency, or null when unknown
 * @param stateOwnership percent of the company held by any state
 * @param defenceContractor true for a defence or space contractor of its home state
 */
public record Company(
    String id,
    String name,
    String parent,
    String hq,
    Map<String, Double> turnover,
    Double marketCap,
    double stateOwnership,
    boolean defenceContractor) {

  public Company {
    Require.id("id", id);
    name = name == null || name.isBlank() ? id : name;
    Require.optionalId("parent", parent);
    if (id.equals(parent)) {
      throw new InvalidFactException("parent", "company '" + id + "' cannot be its own parent");
    }
    hq = hq == null ? null : Require.text("hq", hq);
    turnover = Require.sortedAmounts("turnover", turnover, false);
    Require.optionalNonNegative("marketCap", marketCap);
    Require.percent("stateOwnership", stateOwnership);
  }

  /** A company known only by its id, as in tests and small examples. */
  public static Company named(String id) {
    return new Company(id, id, null, null, Map.of(), null, 0, false);
  }

  /** Turnover in a region ({@code worldwide}, {@code EU}, a country code...), 0 when not given. */
  public double turnoverIn(String region) {
    return turnover.getOrDefault(region, 0.0);
  }
}
