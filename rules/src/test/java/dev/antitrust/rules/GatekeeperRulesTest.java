package dev.antitrust.rules;

import static dev.antitrust.model.AgreementKind.ACQUISITION;
import static dev.antitrust.model.AgreementKind.COMPUTE_SUPPLY;
import static dev.antitrust.model.AgreementKind.MERGER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.antitrust.model.Agreement;
import dev.antitrust.model.AgreementKind;
import dev.antitrust.model.Case;
import dev.antitrust.model.Company;
import dev.antitrust.model.Concern;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** EU Digital Markets Act. Cases are in EUR, so the thresholds apply without conversion. */
class GatekeeperRulesTest {

  private static final double BN = 1e9;

  /** A platform with EU turnover (billions), market cap (billions or null) and EU user counts. */
  private static Company platform(String id, String parent, double euBillions, Double capBillions, long endUsers,
      long businessUsers) {
    return new Company(id, id.toUpperCase(), parent, "US", Map.of("EU", euBillions * BN),
        capBillions == null ? null : capBillions * BN, 0, false, null, false, endUsers, businessUsers, List.of());
  }

  private static Company designated(String id) {
    return new Company(id, id.toUpperCase(), null, "US", Map.of(), null, 0, false, null, true, null, null, List.of());
  }

  private static Agreement deal(AgreementKind kind, double equityStake, String... parties) {
    return new Agreement("deal", kind, List.of(parties), List.of(), null, null, equityStake, equityStake > 0, 0, List.of(),
        0, false, false, false, null, List.of(), false);
  }

  private static Case eur(Agreement deal, Company... companies) {
    return new Case(1, "dma", "dma", LocalDate.of(2026, 5, 6), List.of(), "EUR", Map.of(), List.of(companies), List.of(),
        List.of(deal), List.of(), List.of(), List.of(), null);
  }

  /** Platform p, party to a compute deal with x. */
  private static Case presumption(Company p) {
    return eur(deal(COMPUTE_SUPPLY, 0, "p", "x"), p, Company.named("x"));
  }

  @Test
  void art32_allThresholdsMetExactly_fires() {
    // Art. 3(2) says "at least" and "equal to or above": €7.5bn, 45m end users, 10,000 business users.
    Concern c = Golden.fires("EU-DMA-ART3-2", presumption(platform("p", null, 7.5, null, 45_000_000, 10_000)));
    assertThat(c.finding()).isEqualTo("P has 45,000,000 monthly EU end users (≥ 45,000,000) and 10,000 yearly business"
        + " users (≥ 10,000), and its group (P) has EU turnover of €7.5bn (≥ €7.5bn): the Art. 3(2) gatekeeper presumption"
        + " is met on these figures; if they held in each of the last three years and the service is offered in at least"
        + " three Member States, the Commission must be notified within two months");
  }

  @Test
  void art32_endUsersJustBelow45m_silent() {
    Golden.silent(presumption(platform("p", null, 7.5, null, 44_999_999, 10_000)), "EU-DMA-ART3-2");
  }

  @Test
  void art32_businessUsersJustBelow10000_silent() {
    Golden.silent(presumption(platform("p", null, 7.5, null, 45_000_000, 9_999)), "EU-DMA-ART3-2");
  }

  @Test
  void art32_turnoverJustBelow7_5bnAndNoMarketCap_silent() {
    Golden.silent(presumption(platform("p", null, 7.49, null, 50_000_000, 20_000)), "EU-DMA-ART3-2");
  }

  @Test
  void art32_marketCapAt75bnInsteadOfTurnover_fires() {
    assertThat(Golden.fires("EU-DMA-ART3-2", presumption(platform("p", null, 1, 75.0, 50_000_000, 20_000))).finding())
        .contains("its group (P) has market capitalisation of €75.0bn (≥ €75.0bn)");
  }

  @Test
  void art32_groupTurnoverAndHeadsMarketCapCount() {
    // The service s has €1bn of EU turnover; its parent h adds €6.6bn (€7.6bn together) and holds the market cap.
    Company head = platform("h", null, 6.6, 10.0, 0, 0);
    Case c = eur(deal(COMPUTE_SUPPLY, 0, "s", "x"), head, platform("s", "h", 1, null, 50_000_000, 20_000),
        Company.named("x"));
    assertThat(Golden.fires("EU-DMA-ART3-2", c).finding()).contains("its group (H) has EU turnover of €7.6bn");
  }

  @Test
  void art32_alreadyDesignated_silent() {
    Company p = new Company("p", "P", null, "US", Map.of("EU", 9 * BN), null, 0, false, null, true, 50_000_000L,
        20_000L, List.of());
    Golden.silent(presumption(p), "EU-DMA-ART3-2");
  }

  @Test
  void art32_platformThatIsNoParty_silent() {
    // A bystander meeting the thresholds is not a concern of this deal.
    Case c = eur(deal(COMPUTE_SUPPLY, 0, "x", "y"), platform("p", null, 9, null, 50_000_000, 20_000),
        Company.named("x"), Company.named("y"));
    Golden.silent(c, "EU-DMA-ART3-2");
  }

  @Test
  void art14_gatekeeperAcquiresJustAboveHalf_fires() {
    Concern c = Golden.fires("EU-DMA-ART14", eur(deal(ACQUISITION, 50.1, "g", "t"), designated("g"), Company.named("t")));
    assertThat(c.finding()).isEqualTo("G is a designated gatekeeper and deal is a concentration (a 50.1% stake, above 50%):"
        + " Art. 14 DMA requires informing the Commission before it is implemented");
    assertThat(c.subjects()).containsExactly("deal", "g");
  }

  @Test
  void art14_gatekeeperTakesExactlyHalfWithoutVeto_silent() {
    // 50% with no veto rights is neither sole nor joint control: no concentration.
    Golden.silent(eur(deal(ACQUISITION, 50, "g", "t"), designated("g"), Company.named("t")), "EU-DMA-ART14");
  }

  @Test
  void art14_gatekeeperParentOfTheMergingParty_fires() {
    Company sub = new Company("sub", "Sub", "g", "US", Map.of(), null, 0, false, null, false, null, null, List.of());
    Concern c = Golden.fires("EU-DMA-ART14", eur(deal(MERGER, 0, "sub", "t"), designated("g"), sub, Company.named("t")));
    assertThat(c.finding()).startsWith("G is a designated gatekeeper (in Sub's undertaking) and deal is a concentration:");
  }

  @Test
  void art14_gatekeeperInAComputeDeal_silent() {
    Golden.silent(eur(deal(COMPUTE_SUPPLY, 0, "g", "t"), designated("g"), Company.named("t")), "EU-DMA-ART14");
  }
}
