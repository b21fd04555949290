package dev.antitrust.rules;

import static dev.antitrust.model.AgreementKind.ACQUI_HIRE;
import static dev.antitrust.model.AgreementKind.ACQUISITION;
import static dev.antitrust.model.AgreementKind.COMPUTE_SUPPLY;
import static dev.antitrust.model.AgreementKind.MERGER;
import static dev.antitrust.model.AgreementKind.MINORITY_STAKE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.antitrust.model.Agreement;
import dev.antitrust.model.AgreementKind;
import dev.antitrust.model.Case;
import dev.antitrust.model.Company;
import dev.antitrust.model.Concern;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** EUMR Art. 1(2) and 1(3). Cases are in EUR, so the thresholds apply without conversion. */
class EuMergerControlRulesTest {

  private static final double M = 1e6;

  /** A company with turnover by region, in millions: "worldwide", 5000, "EU", 300, "DE", 80... */
  private static Company firm(String id, String parent, Object... regionsAndMillions) {
    Map<String, Double> turnover = new LinkedHashMap<>();
    for (int i = 0; i < regionsAndMillions.length; i += 2) {
      turnover.put((String) regionsAndMillions[i], ((Number) regionsAndMillions[i + 1]).doubleValue() * M);
    }
    return new Company(id, id.toUpperCase(), parent, "US", turnover, null, 0, false, null, false, null, null, List.of());
  }

  private static Agreement deal(AgreementKind kind, double equityStake, boolean vetoRights, String... parties) {
    return new Agreement("deal", kind, List.of(parties), List.of(), null, null, equityStake, equityStake > 0, 0, List.of(),
        0, vetoRights, false, false, null, List.of(), false);
  }

  private static Case inCurrency(String currency, Agreement deal, Company... companies) {
    return new Case(1, "eumr", "eumr", LocalDate.of(2026, 5, 6), List.of(), currency, Map.of(), List.of(companies),
        List.of(), List.of(deal), List.of(), List.of(), List.of(), null);
  }

  private static Case eur(Agreement deal, Company... companies) {
    return inCurrency("EUR", deal, companies);
  }

  /** Merger of a and b: worldwide 4,000m + {@code bWorldwide}; EU 300m and {@code bEu}. */
  private static Case art12Merger(double bWorldwide, double bEu) {
    return eur(deal(MERGER, 0, false, "a", "b"),
        firm("a", null, "worldwide", 4000, "EU", 300), firm("b", null, "worldwide", bWorldwide, "EU", bEu));
  }

  @Test
  void art12_combinedJustAbove5bnAndBothAbove250m_fires() {
    // Worldwide 4,000 + 1,200 = €5,200m (> €5,000m); EU €300m and €250.1m, both above €250m.
    Concern c = Golden.fires("EU-EUMR-ART1-2", art12Merger(1200, 250.1));
    assertThat(c.finding()).isEqualTo("deal: combined worldwide turnover €5.2bn (> €5.0bn) and EU turnover above €250.0m"
        + " for A (€300.0m) and B (€250.1m): an EU-dimension concentration, to notify to the Commission before closing");
    assertThat(c.evidence().get("combinedWorldwideTurnover")).isCloseTo(5200 * M, within(1.0));
    assertThat(c.evidence().get("secondLargestEuTurnover")).isCloseTo(250.1 * M, within(1.0));
    assertThat(c.subjects()).containsExactly("deal", "a", "b");
  }

  @Test
  void art12_combinedExactly5bn_silent() {
    // 4,000 + 1,000 = €5,000m: the combined turnover must exceed €5,000m.
    Golden.silent(art12Merger(1000, 260), "EU-EUMR-ART1-2");
  }

  @Test
  void art12_secondPartyEuExactly250m_silent() {
    // b's EU turnover €250m does not exceed €250m, so only one party is above the bar.
    Golden.silent(art12Merger(1200, 250), "EU-EUMR-ART1-2");
  }

  @Test
  void art12_combinedJustAbove5bnInUsd_convertsTheThreshold() {
    // €5,000m at the default 1.08 USD per EUR is $5,400m; 4,000 + 1,401 = $5,401m.
    Case usd = inCurrency("USD", deal(MERGER, 0, false, "a", "b"),
        firm("a", null, "worldwide", 4000, "EU", 400), firm("b", null, "worldwide", 1401, "EU", 400));
    assertThat(Golden.fires("EU-EUMR-ART1-2", usd).thresholds())
        .hasEntrySatisfying("eu.eumr.art1-2.worldwide-combined", v -> assertThat(v).isCloseTo(5400 * M, within(1.0)));
    Case below = inCurrency("USD", deal(MERGER, 0, false, "a", "b"),
        firm("a", null, "worldwide", 4000, "EU", 400), firm("b", null, "worldwide", 1399, "EU", 400));
    Golden.silent(below, "EU-EUMR-ART1-2");
  }

  @Test
  void art12_acquisitionOfJustAboveHalf_isSoleControlAndFires() {
    Case c = eur(deal(ACQUISITION, 50.1, false, "a", "b"),
        firm("a", null, "worldwide", 6000, "EU", 900), firm("b", null, "worldwide", 500, "EU", 300));
    assertThat(Golden.fires("EU-EUMR-ART1-2", c).finding()).contains("concentration (sole control through a 50.1% stake)");
  }

  @Test
  void art12_stakeOfExactlyHalfWithoutVeto_isNoConcentrationAndSilent() {
    Case c = eur(deal(ACQUISITION, 50, false, "a", "b"),
        firm("a", null, "worldwide", 6000, "EU", 900), firm("b", null, "worldwide", 500, "EU", 300));
    Golden.silent(c, "EU-EUMR-ART1-2", "EU-EUMR-ART1-3");
  }

  @Test
  void art12_minorityStakeWithVetoRights_isJointControlAndFires() {
    Case c = eur(deal(MINORITY_STAKE, 20, true, "a", "b"),
        firm("a", null, "worldwide", 6000, "EU", 900), firm("b", null, "worldwide", 500, "EU", 300));
    assertThat(Golden.fires("EU-EUMR-ART1-2", c).finding()).contains("concentration (joint control through veto rights)");
  }

  @Test
  void art12_acquiHire_firesWithTheConditionStated() {
    Case c = eur(deal(ACQUI_HIRE, 0, false, "a", "b"),
        firm("a", null, "worldwide", 6000, "EU", 900), firm("b", null, "worldwide", 500, "EU", 300));
    assertThat(Golden.fires("EU-EUMR-ART1-2", c).finding())
        .contains("concentration if the acqui-hire transfers a business with a market presence (Microsoft/Inflection)");
  }

  @Test
  void art12_computeSupplyBetweenLargeFirms_isNoConcentrationAndSilent() {
    Case c = eur(deal(COMPUTE_SUPPLY, 0, false, "a", "b"),
        firm("a", null, "worldwide", 6000, "EU", 900), firm("b", null, "worldwide", 500, "EU", 300));
    Golden.silent(c, "EU-EUMR-ART1-2", "EU-EUMR-ART1-3");
  }

  @Test
  void art12_acquirerGroupCountsButTheTargetsSellerDoesNot() {
    // The acquirer a2 is a subsidiary of a (EU 200 + 100 = €300m together). The target t (EU €260m)
    // is sold by s, whose €9bn stays out: combined worldwide 4,000 + 1,000 + 600 = €5,600m.
    Case c = eur(deal(ACQUISITION, 100, false, "a2", "t"),
        firm("a", null, "worldwide", 4000, "EU", 200), firm("a2", "a", "worldwide", 1000, "EU", 100),
        firm("s", null, "worldwide", 9000, "EU", 5000), firm("t", "s", "worldwide", 600, "EU", 260));
    Concern concern = Golden.fires("EU-EUMR-ART1-2", c);
    assertThat(concern.evidence().get("combinedWorldwideTurnover")).isCloseTo(5600 * M, within(1.0));
    assertThat(concern.finding()).contains("for A2 (€300.0m) and T (€260.0m)");
  }

  @Test
  void art12_targetShownUnderItsAcquirerAfterClosing_isNotCountedTwice() {
    // The case shows t under a already. t's worldwide €1,000m counts once: 4,000 + 1,000 = €5,000m,
    // not above €5,000m.
    Case c = eur(deal(ACQUISITION, 100, false, "a", "t"),
        firm("a", null, "worldwide", 4000, "EU", 300), firm("t", "a", "worldwide", 1000, "EU", 300));
    Golden.silent(c, "EU-EUMR-ART1-2");
  }

  /** Merger meeting Art. 1(3) in DE, FR and IT; b's IT turnover is {@code bItaly} (in millions). */
  private static Case art13Merger(double bItaly) {
    return eur(deal(MERGER, 0, false, "a", "b"),
        firm("a", null, "worldwide", 2000, "EU", 400, "DE", 80, "FR", 70, "IT", 80),
        firm("b", null, "worldwide", 600, "EU", 150, "DE", 30, "FR", 40, "IT", bItaly));
  }

  @Test
  void art13_threeMemberStatesWithTwoPartiesAbove25m_fires() {
    // Worldwide 2,600 (> 2,500); EU 400 and 150 (both > 100; b below 250, so Art. 1(2) fails);
    // DE 110, FR 110, IT 80 + 25.1 = 105.1, each > 100 with both parties > 25.
    Concern c = Golden.fires("EU-EUMR-ART1-3", art13Merger(25.1));
    assertThat(c.finding()).isEqualTo("deal: combined worldwide turnover €2.6bn (> €2.5bn), more than €100.0m combined"
        + " with two parties above €25.0m each in 3 Member States (DE, FR, IT, at least 3 needed), and EU turnover above"
        + " €100.0m for A (€400.0m) and B (€150.0m): an EU-dimension concentration, to notify to the Commission before closing");
    assertThat(c.evidence().get("memberStates")).isEqualTo(3.0);
  }

  @Test
  void art13_secondPartyExactly25mInTheThirdState_silent() {
    // b's IT turnover €25m does not exceed €25m: only DE and FR qualify.
    Golden.silent(art13Merger(25), "EU-EUMR-ART1-3");
  }

  @Test
  void art13_whenArt12IsMet_silentAndArt12Fires() {
    // Art. 1(3) applies only to concentrations that do not meet Art. 1(2).
    Case c = eur(deal(MERGER, 0, false, "a", "b"),
        firm("a", null, "worldwide", 5000, "EU", 400, "DE", 80, "FR", 70, "IT", 80),
        firm("b", null, "worldwide", 600, "EU", 260, "DE", 30, "FR", 40, "IT", 30));
    Golden.fires("EU-EUMR-ART1-2", c);
    Golden.silent(c, "EU-EUMR-ART1-3");
  }
}
