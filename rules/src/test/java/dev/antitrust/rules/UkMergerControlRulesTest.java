package dev.antitrust.rules;

import static dev.antitrust.model.AgreementKind.ACQUI_HIRE;
import static dev.antitrust.model.AgreementKind.ACQUISITION;
import static dev.antitrust.model.AgreementKind.MERGER;
import static dev.antitrust.model.AgreementKind.MINORITY_STAKE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.antitrust.model.Agreement;
import dev.antitrust.model.AgreementKind;
import dev.antitrust.model.Case;
import dev.antitrust.model.Company;
import dev.antitrust.model.Concern;
import dev.antitrust.model.Market;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Enterprise Act 2002 jurisdiction tests. Cases are in GBP, so the thresholds apply without conversion. */
class UkMergerControlRulesTest {

  private static final double M = 1e6;

  /** A company with the given UK turnover in millions; null leaves its turnover unknown. */
  private static Company firm(String id, Double ukMillions) {
    Map<String, Double> turnover = ukMillions == null ? Map.of() : Map.of("UK", ukMillions * M);
    return new Company(id, id.toUpperCase(), null, "GB", turnover, null, 0, false, null, false, null, null, List.of());
  }

  /** A deal with no stake, votes or governance rights beyond those given. */
  private static Agreement deal(AgreementKind kind, double equityStake, int boardSeats, String... parties) {
    return new Agreement("deal", kind, List.of(parties), List.of(), null, null, equityStake, false, boardSeats, List.of(),
        0, false, false, false, null, List.of(), false);
  }

  /** A UK market; pairs of company id and share. */
  private static Market ukMarket(Object... idsAndShares) {
    Map<String, Double> shares = new LinkedHashMap<>();
    for (int i = 0; i < idsAndShares.length; i += 2) {
      shares.put((String) idsAndShares[i], ((Number) idsAndShares[i + 1]).doubleValue());
    }
    return new Market("cloud", "UK cloud services", "UK", shares, null);
  }

  private static Case gbp(String asOf, Agreement deal, List<Market> markets, Company... companies) {
    return new Case(1, "uk", "uk", LocalDate.parse(asOf), List.of(), "GBP", Map.of(), List.of(companies), markets,
        List.of(deal), List.of(), List.of(), List.of(), null);
  }

  private static Case acquisitionOfTargetWithUkTurnover(String asOf, double targetMillions) {
    return gbp(asOf, deal(ACQUISITION, 100, 0, "buyer", "target"), List.of(), firm("buyer", 500.0),
        firm("target", targetMillions));
  }

  @Test
  void turnoverTest2026_targetJustAbove100m_fires() {
    Concern c = Golden.fires("UK-EA02-TURNOVER", acquisitionOfTargetWithUkTurnover("2026-05-06", 100.1));
    assertThat(c.finding()).isEqualTo(
        "deal: the enterprise taken over has UK turnover of £100.1m (> £100.0m), so the turnover test is met; the CMA can review the deal");
    assertThat(c.subjects()).containsExactly("deal", "buyer", "target");
  }

  @Test
  void turnoverTest2026_targetAt100m_silent() {
    // The turnover must exceed £100m.
    Golden.silent(acquisitionOfTargetWithUkTurnover("2026-05-06", 100), "UK-EA02-TURNOVER");
  }

  @Test
  void turnoverTest_70mThresholdAppliesBefore2025() {
    // £80m is above the old £70m test (to 31 Dec 2024) but below the £100m test from 1 Jan 2025.
    Golden.fires("UK-EA02-TURNOVER", acquisitionOfTargetWithUkTurnover("2024-12-31", 80));
    Golden.silent(acquisitionOfTargetWithUkTurnover("2025-01-01", 80), "UK-EA02-TURNOVER");
  }

  @Test
  void turnoverTest_mergerDisregardsTheLargerParty() {
    // s.28(4): the enterprise with the highest turnover (£500m) is disregarded; £99m is below £100m.
    Golden.silent(gbp("2026-05-06", deal(MERGER, 0, 0, "a", "b"), List.of(), firm("a", 500.0), firm("b", 99.0)),
        "UK-EA02-TURNOVER");
    Golden.fires("UK-EA02-TURNOVER",
        gbp("2026-05-06", deal(MERGER, 0, 0, "a", "b"), List.of(), firm("a", 500.0), firm("b", 101.0)));
  }

  @Test
  void turnoverTest_minorityStakeWithABoardSeat_firesAsPossibleMaterialInfluence() {
    Case c = gbp("2026-05-06", deal(MINORITY_STAKE, 10, 1, "buyer", "target"), List.of(), firm("buyer", 500.0),
        firm("target", 150.0));
    assertThat(Golden.fires("UK-EA02-TURNOVER", c).finding())
        .contains("the turnover test is met if the stake and rights give material influence");
  }

  @Test
  void turnoverTest_bareMinorityStakeWithoutRights_silent() {
    // As in Alphabet/Anthropic: a non-voting stake with no seats or rights gives no material influence.
    Golden.silent(gbp("2026-05-06", deal(MINORITY_STAKE, 14, 0, "buyer", "target"), List.of(), firm("buyer", 500.0),
        firm("target", 150.0)), "UK-EA02-TURNOVER");
  }

  @Test
  void turnoverTest_acquiHire_firesWithTheConditionStated() {
    Case c = gbp("2026-05-06", deal(ACQUI_HIRE, 0, 0, "buyer", "target"), List.of(), firm("buyer", 500.0),
        firm("target", 150.0));
    assertThat(Golden.fires("UK-EA02-TURNOVER", c).finding())
        .contains("met if the acqui-hire transfers an enterprise, as in Microsoft/Inflection");
  }

  private static Case shareOfSupply(double shareB, Double ukA, Double ukB) {
    return gbp("2026-05-06", deal(ACQUISITION, 100, 0, "a", "b"), List.of(ukMarket("a", 20, "b", shareB, "c", 50)),
        firm("a", ukA), firm("b", ukB));
  }

  @Test
  void shareOfSupply_combinedAt25WithIncrement_fires() {
    // 20 + 5 = 25%: "25% or more"; a's UK turnover £50m is above the £10m safe harbour.
    Concern c = Golden.fires("UK-EA02-SHARE-OF-SUPPLY", shareOfSupply(5, 50.0, 5.0));
    assertThat(c.finding()).isEqualTo("deal: the parties together supply 25.0% (≥ 25%) of UK cloud services in the UK,"
        + " with an increment, so the share-of-supply test is met; the CMA can review the deal");
  }

  @Test
  void shareOfSupply_combinedJustBelow25_silent() {
    Golden.silent(shareOfSupply(4.9, 50.0, 5.0), "UK-EA02-SHARE-OF-SUPPLY");
  }

  @Test
  void shareOfSupply_noIncrement_silent() {
    // b supplies nothing in the UK market, so the merger adds nothing to a's share.
    Case c = gbp("2026-05-06", deal(ACQUISITION, 100, 0, "a", "b"), List.of(ukMarket("a", 30, "c", 50)),
        firm("a", 50.0), firm("b", 5.0));
    Golden.silent(c, "UK-EA02-SHARE-OF-SUPPLY");
  }

  @Test
  void shareOfSupply_twoCompaniesOfOneParty_areOneSupplierWithNoIncrement_silent() {
    // a and its subsidiary a2 supply the market and b does not: one supplier, so no increment. Guards
    // the rule's count of distinct parties, which an accumulate over (member, share) pairs can miss.
    Company a2 = new Company("a2", "A2", "a", "GB", Map.of(), null, 0, false, null, false, null, null, List.of());
    Case c = gbp("2026-05-06", deal(ACQUISITION, 100, 0, "a", "b"), List.of(ukMarket("a", 20, "a2", 10, "c", 50)),
        firm("a", 50.0), a2, firm("b", 5.0));
    Golden.silent(c, "UK-EA02-SHARE-OF-SUPPLY");
  }

  @Test
  void shareOfSupply_eachPartyAt10mOrLess_safeHarbourSilent() {
    Golden.silent(shareOfSupply(10, 10.0, 10.0), "UK-EA02-SHARE-OF-SUPPLY");
  }

  @Test
  void shareOfSupply_smallPartiesBefore2025_haveNoSafeHarbourAndFire() {
    // The £10m safe harbour came in with the DMCC Act on 1 Jan 2025.
    Case c = gbp("2024-12-31", deal(ACQUISITION, 100, 0, "a", "b"), List.of(ukMarket("a", 20, "b", 10, "c", 50)),
        firm("a", 10.0), firm("b", 10.0));
    Golden.fires("UK-EA02-SHARE-OF-SUPPLY", c);
  }

  @Test
  void shareOfSupply_onePartyJustAbove10m_fires() {
    Golden.fires("UK-EA02-SHARE-OF-SUPPLY", shareOfSupply(10, 10.1, 10.0));
  }

  @Test
  void shareOfSupply_unknownTurnover_givesNoSafeHarbourAndFires() {
    Golden.fires("UK-EA02-SHARE-OF-SUPPLY", shareOfSupply(10, 10.0, null));
  }

  @Test
  void shareOfSupply_marketOutsideTheUk_silent() {
    Market eu = new Market("cloud", "EU cloud services", "EU", Map.of("a", 20.0, "b", 10.0), null);
    Golden.silent(gbp("2026-05-06", deal(ACQUISITION, 100, 0, "a", "b"), List.of(eu), firm("a", 50.0), firm("b", 5.0)),
        "UK-EA02-SHARE-OF-SUPPLY");
  }

  /** Acquirer a with {@code share}% of a UK market and {@code ukA} turnover buys b, which is not in that market. */
  private static Case hybrid(double share, double ukA, Double ukB) {
    List<Market> markets = new ArrayList<>(List.of(ukMarket("a", share, "c", 100 - share)));
    return gbp("2026-05-06", deal(ACQUISITION, 100, 0, "a", "b"), markets, firm("a", ukA), firm("b", ukB));
  }

  @Test
  void hybrid_33PercentAndJustAbove350mWithUkNexus_fires() {
    Concern c = Golden.fires("UK-EA02-HYBRID", hybrid(33, 350.1, 1.0));
    assertThat(c.finding()).isEqualTo("deal: A supplies 33.0% (≥ 33%) of UK cloud services in the UK with UK turnover of"
        + " £350.1m (> £350.0m), and B has UK turnover of £1.0m, so the hybrid test is met; the CMA can review the deal");
    assertThat(c.subjects()).containsExactly("deal", "a", "b", "cloud");
  }

  @Test
  void hybrid_shareJustBelow33_silent() {
    Golden.silent(hybrid(32.9, 500, 1.0), "UK-EA02-HYBRID");
  }

  @Test
  void hybrid_turnoverAt350m_silent() {
    // The UK turnover must exceed £350m.
    Golden.silent(hybrid(40, 350, 1.0), "UK-EA02-HYBRID");
  }

  @Test
  void hybrid_targetWithoutUkTurnover_hasNoUkNexusAndSilent() {
    Golden.silent(hybrid(40, 500, null), "UK-EA02-HYBRID");
  }

  @Test
  void hybrid_before2025_silent() {
    // The hybrid test came in with the DMCC Act on 1 Jan 2025.
    Case c = new Case(1, "uk", "uk", LocalDate.parse("2024-12-31"), List.of(), "GBP", Map.of(),
        List.of(firm("a", 500.0), firm("b", 1.0)), List.of(ukMarket("a", 40, "c", 60)),
        List.of(deal(ACQUISITION, 100, 0, "a", "b")), List.of(), List.of(), List.of(), null);
    Golden.silent(c, "UK-EA02-HYBRID");
  }
}
