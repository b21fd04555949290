package dev.antitrust.model;

import java.util.List;
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
 * @param capital capital, surplus and undivided profits in the case currency (Clayton Act §8), or
 *     null when unknown
 * @param gatekeeper true when designated a gatekeeper under the EU Digital Markets Act
 * @param euMonthlyEndUsers monthly active end users in the EU of its largest core platform service,
 *     or null when unknown
 * @param euYearlyBusinessUsers yearly active business users in the EU of that service, or null
 * @param sectors sectors it is active in, e.g. {@code advanced-compute}, {@code ai}, {@code
 *     satellites}; matched against the rule pack's lists (such as the UK NSIA's sensitive sectors)
 */
public record Company(
    String id,
    String name,
    String parent,
    String hq,
    Map<String, Double> turnover,
    Double marketCap,
    double stateOwnership,
    boolean defenceContractor,
    Double capital,
    boolean gatekeeper,
    Long euMonthlyEndUsers,
    Long euYearlyBusinessUsers,
    List<String> sectors) {

  public Company {
    Require.id("id", id);
    name = name == null || name.isBlank() ? id : name;
    Require.optionalId("parent", parent);
    if (id.equals(parent)) {
      throw new InvalidFactException("parent", "company '" + id + "' cannot be its own parent");
    }
    hq = hq == null ? null : Require.text("hq", hq);
    turnover = Require.sortedAmounts("turnover", turnover, false);
    Require.optionalAmount("marketCap", marketCap);
    Require.percent("stateOwnership", stateOwnership);
    Require.optionalAmount("capital", capital);
    Require.optionalCount("euMonthlyEndUsers", euMonthlyEndUsers, Require.MAX_USERS);
    Require.optionalCount("euYearlyBusinessUsers", euYearlyBusinessUsers, Require.MAX_USERS);
    sectors = Require.ids("sectors", sectors);
  }

  /** A company known only by its id, as in tests and small examples. */
  public static Company named(String id) {
    return new Company(id, id, null, null, Map.of(), null, 0, false, null, false, null, null, List.of());
  }

  /** True when headquartered outside that country, e.g. {@code isForeignTo("US")}; unknown hq is not foreign. */
  public boolean isForeignTo(String country) {
    return hq != null && !hq.equals(country);
  }

  /** Turnover in a region ({@code worldwide}, {@code EU}, a country code...), 0 when not given. */
  public double turnoverIn(String region) {
    return turnover.getOrDefault(region, 0.0);
  }
}
