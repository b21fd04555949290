package dev.antitrust.model;

import java.util.List;

/**
 * A deal between companies: a merger, a stake, a supply contract, a licence.
 *
 * @param id unique within the case
 * @param kind what the agreement does
 * @param parties company ids; for an acquisition or stake the acquirer first, then the target
 * @param markets ids of the markets the agreement touches
 * @param value consideration or contract value in the case currency, or null when unknown
 * @param durationMonths term in months, or null when unknown or indefinite
 * @param equityStake percent of the target acquired (0 for none)
 * @param votingRights true when the stake carries votes
 * @param boardSeats board seats the acquirer gains at the target
 * @param informationAccess what information flows to the other side
 * @param observerSeats board observer seats the acquirer gains
 * @param vetoRights true when the acquirer can veto strategic decisions (budget, business plan,
 *     senior management)
 * @param consultationRights true when the acquirer must be consulted or notified first
 * @param revenueShare true when a party shares in the other's revenue
 * @param committedSpend spend one party commits to buy from the other (cloud credits), or null
 * @param specialFactors EU HMG para 20 special factors (a)-(e) that apply to the deal
 * @param cleanTeam true when sensitive information is ring-fenced in a clean team
 */
public record Agreement(
    String id,
    AgreementKind kind,
    List<String> parties,
    List<String> markets,
    Double value,
    Integer durationMonths,
    double equityStake,
    boolean votingRights,
    int boardSeats,
    List<InformationKind> informationAccess,
    int observerSeats,
    boolean vetoRights,
    boolean consultationRights,
    boolean revenueShare,
    Double committedSpend,
    List<SpecialFactor> specialFactors,
    boolean cleanTeam) {

  public Agreement {
    Require.id("id", id);
    Require.present("kind", kind);
    parties = Require.ids("parties", parties);
    if (parties.size() < 2) {
      throw new InvalidFactException("parties", "agreement '" + id + "' needs at least two parties, got " + parties.size());
    }
    if (parties.stream().distinct().count() != parties.size()) {
      throw new InvalidFactException("parties", "agreement '" + id + "' names a party twice: " + parties);
    }
    markets = Require.ids("markets", markets);
    Require.optionalAmount("value", value);
    Require.optionalCount("durationMonths", durationMonths, Require.MAX_MONTHS);
    Require.percent("equityStake", equityStake);
    Require.count("boardSeats", boardSeats, Require.MAX_SEATS);
    informationAccess = Require.list("informationAccess", informationAccess);
    Require.count("observerSeats", observerSeats, Require.MAX_SEATS);
    Require.optionalAmount("committedSpend", committedSpend);
    specialFactors = Require.list("specialFactors", specialFactors);
  }

  /** A plain agreement: no governance rights, information flows or special factors. */
  public static Agreement of(String id, AgreementKind kind, List<String> parties, List<String> markets) {
    return new Agreement(id, kind, parties, markets, null, null, 0, false, 0, List.of(), 0, false, false, false,
        null, List.of(), false);
  }

  /** The acquiring side of an acquisition or stake: the first party. */
  public String acquirer() {
    return parties.get(0);
  }

  /** The acquired side of an acquisition or stake: the second party. */
  public String target() {
    return parties.get(1);
  }

  /** The information that flows, as a list for a sentence: {@code usage-data, capacity-plans}. */
  public String informationAccessText() {
    return String.join(", ", informationAccess.stream().map(InformationKind::wireName).toList());
  }

  /** The value, or 0 when it is unknown. */
  public double valueOrZero() {
    return value == null ? 0 : value;
  }
}
