package dev.antitrust.engine;

import dev.antitrust.engine.NearestMiss.Candidate;
import dev.antitrust.engine.NearestMiss.Check;
import dev.antitrust.engine.NearestMiss.Op;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The conditions of the built-in concentration, dominance-share and foreclosure rules, restated for
 * {@link NearestMiss}. Each entry mirrors the {@code when} part of the rule with that id in
 * {@code concentration/}, {@code dominance/} and {@code foreclosure/exclusive-dealing.drl}; keep
 * them in step by hand when a rule's conditions change. Nothing checks them against the DRL yet: a
 * restatement looser than its rule shows up as "every condition analysed holds" in the answer.
 *
 * @param requiredKeys thresholds the rule's conditions need in force
 * @param nothingToTest why there is no candidate, when the case has none
 * @param candidates builds the candidates with their checks
 */
record RuleChecks(List<String> requiredKeys, String nothingToTest, Function<NearestMiss, List<Candidate>> candidates) {

  private static final String NO_DEAL = "no agreement in the case combines market positions (a merger, acquisition"
      + " or joint venture) in a market where a party's group holds a share, so there is no post-merger HHI,"
      + " ΔHHI or combined share to test";
  private static final String NO_PARTY_SHARE = "no group of a party to an agreement holds a share of any market";
  private static final String NO_EXCLUSIVE = "no exclusive pipeline between two groups touches a market where"
      + " either group holds a share";
  private static final String NO_FORECLOSURE = "no exclusive pipeline in the case, so no share of an input market"
      + " is foreclosed";

  List<Candidate> candidates(NearestMiss miss) {
    return candidates.apply(miss);
  }

  static Optional<RuleChecks> of(String ruleId) {
    return Optional.ofNullable(switch (ruleId) {
      case "US-MG23-G1-HHI" -> deal(List.of("us.mg2023.hhi.highly-concentrated", "us.mg2023.delta-hhi"), "US", 0,
          (m, d) -> List.of(post(m, d, Op.GT, "us.mg2023.hhi.highly-concentrated"), delta(m, d, Op.GT, "us.mg2023.delta-hhi")));
      case "US-MG23-G1-SHARE" -> deal(List.of("us.mg2023.share", "us.mg2023.delta-hhi"), "US", 0,
          (m, d) -> List.of(combined(m, d, Op.GT, "us.mg2023.share"), delta(m, d, Op.GT, "us.mg2023.delta-hhi")));
      case "US-HMG10-MODERATE-DELTA100" -> deal(List.of("us.hmg2010.hhi.moderately-concentrated",
              "us.hmg2010.hhi.highly-concentrated", "us.hmg2010.delta-hhi.concern"), "US", 0,
          (m, d) -> List.of(post(m, d, Op.GE, "us.hmg2010.hhi.moderately-concentrated"),
              post(m, d, Op.LE, "us.hmg2010.hhi.highly-concentrated"), delta(m, d, Op.GT, "us.hmg2010.delta-hhi.concern")));
      case "US-HMG10-HIGH-DELTA100-200" -> deal(List.of("us.hmg2010.hhi.highly-concentrated",
              "us.hmg2010.delta-hhi.concern", "us.hmg2010.delta-hhi.presumption"), "US", 0,
          (m, d) -> List.of(post(m, d, Op.GT, "us.hmg2010.hhi.highly-concentrated"),
              delta(m, d, Op.GE, "us.hmg2010.delta-hhi.concern"), delta(m, d, Op.LE, "us.hmg2010.delta-hhi.presumption")));
      case "US-HMG10-HIGH-DELTA200" -> deal(List.of("us.hmg2010.hhi.highly-concentrated",
              "us.hmg2010.delta-hhi.presumption"), "US", 0,
          (m, d) -> List.of(post(m, d, Op.GT, "us.hmg2010.hhi.highly-concentrated"),
              delta(m, d, Op.GT, "us.hmg2010.delta-hhi.presumption")));
      case "EU-HMG-P19-20-HHI" -> deal(List.of("eu.hmg.hhi.unlikely-below", "eu.hmg.hhi.mid-band-top",
              "eu.hmg.delta.mid-band", "eu.hmg.delta.high-band"), "EU", 0,
          // The ΔHHI bar depends on the band the post-merger HHI falls in, as in the rule.
          (m, d) -> List.of(post(m, d, Op.GE, "eu.hmg.hhi.unlikely-below"), delta(m, d, Op.GE,
              d.postHhi() <= m.t("eu.hmg.hhi.mid-band-top").value() ? "eu.hmg.delta.mid-band" : "eu.hmg.delta.high-band")));
      case "EU-HMG-P18-SHARE" -> deal(List.of("eu.hmg.combined-share.safe"), "EU", 2,
          (m, d) -> List.of(combined(m, d, Op.GT, "eu.hmg.combined-share.safe")));
      case "EU-MG26-DRAFT-MATERIAL" -> deal(List.of("eu.mg2026-draft.share.material", "eu.mg2026-draft.share.high"), "EU", 1,
          (m, d) -> List.of(combined(m, d, Op.GT, "eu.mg2026-draft.share.material"),
              combined(m, d, Op.LE, "eu.mg2026-draft.share.high")));
      case "EU-MG26-DRAFT-HIGH" -> deal(List.of("eu.mg2026-draft.share.high", "eu.mg2026-draft.share.very-high"), "EU", 1,
          (m, d) -> List.of(combined(m, d, Op.GT, "eu.mg2026-draft.share.high"),
              combined(m, d, Op.LE, "eu.mg2026-draft.share.very-high")));
      case "EU-MG26-DRAFT-VERY-HIGH" -> deal(List.of("eu.mg2026-draft.share.very-high"), "EU", 1,
          (m, d) -> List.of(combined(m, d, Op.GT, "eu.mg2026-draft.share.very-high")));
      case "EU-A102-DOM-50" -> new RuleChecks(List.of("eu.a102.dominance-presumed"), NO_PARTY_SHARE,
          m -> m.partyShares(s -> List.of(share(m, s, Op.GE, "eu.a102.dominance-presumed")), "EU"));
      case "EU-A102-DOM-40" -> new RuleChecks(List.of("eu.a102.dominance-unlikely-below", "eu.a102.dominance-presumed"),
          NO_PARTY_SHARE, m -> m.partyShares(s -> List.of(share(m, s, Op.GE, "eu.a102.dominance-unlikely-below"),
              share(m, s, Op.LT, "eu.a102.dominance-presumed")), "EU"));
      case "EU-A102-EXCL-DOM-50" -> new RuleChecks(List.of("eu.a102.dominance-presumed"), NO_EXCLUSIVE,
          m -> m.exclusiveShares(s -> List.of(share(m, s, Op.GE, "eu.a102.dominance-presumed")), "EU"));
      case "EU-A102-EXCL-DOM-40" -> new RuleChecks(List.of("eu.a102.dominance-unlikely-below", "eu.a102.dominance-presumed"),
          NO_EXCLUSIVE, m -> m.exclusiveShares(s -> List.of(share(m, s, Op.GE, "eu.a102.dominance-unlikely-below"),
              share(m, s, Op.LT, "eu.a102.dominance-presumed")), "EU"));
      case "US-SHERMAN2-MONOPOLY-EXCLUSIVE" -> new RuleChecks(List.of("us.sherman2.monopoly-share"), NO_EXCLUSIVE,
          m -> m.exclusiveShares(s -> List.of(share(m, s, Op.GE, "us.sherman2.monopoly-share")), "US"));
      case "US-EXCL-FORECLOSURE-30" -> new RuleChecks(List.of("us.exclusive-dealing.foreclosure.grey-zone",
              "us.exclusive-dealing.foreclosure.liability"), NO_FORECLOSURE,
          m -> m.foreclosures(f -> List.of(foreclosed(m, f.share(), Op.GE, "us.exclusive-dealing.foreclosure.grey-zone"),
              foreclosed(m, f.share(), Op.LT, "us.exclusive-dealing.foreclosure.liability"))));
      case "US-EXCL-FORECLOSURE-40" -> new RuleChecks(List.of("us.exclusive-dealing.foreclosure.liability"), NO_FORECLOSURE,
          m -> m.foreclosures(f -> {
            List<Check> checks = new ArrayList<>();
            checks.add(foreclosed(m, f.share(), Op.GE, "us.exclusive-dealing.foreclosure.liability"));
            // Above the Guideline 5 figure, where one is in force, US-EXCL-FORECLOSURE-50 takes over.
            if (m.inForce("us.mg2023.g5.foreclosure-share")) {
              checks.add(foreclosed(m, f.share(), Op.LE, "us.mg2023.g5.foreclosure-share"));
            }
            return checks;
          }));
      case "US-EXCL-FORECLOSURE-50" -> new RuleChecks(List.of("us.exclusive-dealing.foreclosure.liability",
              "us.mg2023.g5.foreclosure-share"), NO_FORECLOSURE,
          m -> m.foreclosures(f -> List.of(foreclosed(m, f.share(), Op.GT, "us.mg2023.g5.foreclosure-share"))));
      case "US-EXCL-FORECLOSURE-MONOPOLIST" -> new RuleChecks(List.of("us.sherman2.monopolist-foreclosure",
              "us.exclusive-dealing.foreclosure.liability", "us.sherman2.monopoly-share"), NO_FORECLOSURE,
          m -> m.monopolistForeclosures((f, s) -> List.of(
              foreclosed(m, f.share(), Op.GE, "us.sherman2.monopolist-foreclosure"),
              foreclosed(m, f.share(), Op.LT, "us.exclusive-dealing.foreclosure.liability"),
              new Check("share of " + f.group(), s, Op.GE, m.t("us.sherman2.monopoly-share")))));
      default -> null;
    });
  }

  private interface DealChecks {
    List<Check> apply(NearestMiss miss, CaseIndicators.Deal deal);
  }

  private static RuleChecks deal(List<String> keys, String jurisdiction, int minGroups, DealChecks checks) {
    return new RuleChecks(keys, NO_DEAL, m -> m.deals(d -> checks.apply(m, d), jurisdiction, minGroups));
  }

  private static Check post(NearestMiss m, CaseIndicators.Deal d, Op op, String key) {
    return new Check("post-merger HHI", d.postHhi(), op, m.t(key));
  }

  private static Check delta(NearestMiss m, CaseIndicators.Deal d, Op op, String key) {
    return new Check("ΔHHI", d.deltaHhi(), op, m.t(key));
  }

  private static Check combined(NearestMiss m, CaseIndicators.Deal d, Op op, String key) {
    return new Check("combined share", d.combinedShare(), op, m.t(key));
  }

  private static Check share(NearestMiss m, double share, Op op, String key) {
    return new Check("group share", share, op, m.t(key));
  }

  private static Check foreclosed(NearestMiss m, double share, Op op, String key) {
    return new Check("foreclosed share", share, op, m.t(key));
  }
}
