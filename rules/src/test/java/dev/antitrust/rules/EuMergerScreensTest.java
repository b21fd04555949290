package dev.antitrust.rules;

import static dev.antitrust.model.AgreementKind.ACQUISITION;
import static dev.antitrust.model.AgreementKind.MERGER;
import static dev.antitrust.model.SpecialFactor.INNOVATOR;
import static dev.antitrust.model.SpecialFactor.MAVERICK;
import static dev.antitrust.model.SpecialFactor.POTENTIAL_ENTRANT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.antitrust.model.Case;
import dev.antitrust.model.Concern;
import dev.antitrust.model.InputKind;
import dev.antitrust.model.Severity;
import dev.antitrust.model.SpecialFactor;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** EU HMG para 20 special factors, EU NHG para 25, and the 2026 draft EU Merger Guidelines bands. */
class EuMergerScreensTest {

  /** Merger of a and b in market m with other firms; the deal flags the special factors given. */
  private static Case merger(List<SpecialFactor> factors, Object... idsAndShares) {
    return CaseFacts.caseOf("merger", List.of(CaseFacts.market("m", null, idsAndShares)),
        List.of(CaseFacts.deal("deal", MERGER, List.of("a", "b"), List.of("m"), factors.toArray(SpecialFactor[]::new))),
        List.of());
  }

  // --- EU HMG para 20 (a)-(f) ---

  @Test
  void specialFactors_flaggedInsideMidBand_fires() {
    // Post HHI = 25² + 30² = 1525 (1,000–2,000), ΔHHI = 2·20·5 = 200 (< 250): a safe zone, but flagged.
    Concern c = Golden.fires("EU-HMG-P20-SPECIAL-FACTORS", merger(List.of(INNOVATOR, MAVERICK), "a", 20, "b", 5, "c", 30));
    assertThat(c.finding()).isEqualTo(
        "post-merger HHI 1,525 with ΔHHI 200 (< 250) in m lies in a para 20 safe zone, but special factors apply: innovator, maverick");
    assertThat(c.severity()).isEqualTo(Severity.MEDIUM);
  }

  @Test
  void specialFactors_deltaJustBelow250_fires() {
    // ΔHHI = 2·25·4.99 = 249.5 (< 250), post HHI ≈ 1799: the last point of the mid-band safe zone.
    Golden.fires("EU-HMG-P20-SPECIAL-FACTORS", merger(List.of(POTENTIAL_ENTRANT), "a", 25, "b", 4.99, "c", 30));
  }

  @Test
  void specialFactors_deltaAt250_silentAndHhiScreenFires() {
    // ΔHHI = 2·25·5 = 250 is outside the safe zone already; EU-HMG-P19-20-HHI says so.
    Case c = merger(List.of(POTENTIAL_ENTRANT), "a", 25, "b", 5, "c", 30);
    Golden.silent(c, "EU-HMG-P20-SPECIAL-FACTORS");
    Golden.fires("EU-HMG-P19-20-HHI", c);
  }

  @Test
  void specialFactors_noneFlaggedAndNoPartyAt50_silent() {
    Golden.silent(merger(List.of(), "a", 20, "b", 5, "c", 30), "EU-HMG-P20-SPECIAL-FACTORS");
  }

  @Test
  void specialFactors_postHhiExactly1000_fires() {
    // Post HHI = 20² + 20² + 10² + 10² = 1000, the bottom of para 20; ΔHHI = 2·10·10 = 200.
    Golden.fires("EU-HMG-P20-SPECIAL-FACTORS", merger(List.of(INNOVATOR), "a", 10, "b", 10, "c", 20, "d", 10, "e", 10));
  }

  @Test
  void specialFactors_postHhiJustBelow1000_silent() {
    // e = 9.99: post HHI 999.8 is para 19's zone, which lists no special factors.
    Golden.silent(merger(List.of(INNOVATOR), "a", 10, "b", 10, "c", 20, "d", 10, "e", 9.99), "EU-HMG-P20-SPECIAL-FACTORS");
  }

  @Test
  void specialFactorF_partyAt50_fires() {
    // (f): a holds 50% before the merger; ΔHHI = 2·50·1 = 100 (< 150), post HHI = 51² + 10² = 2701.
    Concern c = Golden.fires("EU-HMG-P20-SPECIAL-FACTORS", merger(List.of(), "a", 50, "b", 1, "c", 10));
    assertThat(c.finding()).isEqualTo(
        "post-merger HHI 2,701 with ΔHHI 100 (< 150) in m lies in a para 20 safe zone, but special factors apply: a party's pre-merger share of 50.0% (≥ 50%)");
    assertThat(c.thresholds()).containsEntry("eu.hmg.special-factor.pre-merger-share", 50.0);
  }

  @Test
  void specialFactorF_partyJustBelow50_silent() {
    // a holds 49.9%; ΔHHI = 2·49.9·1 = 99.8, still inside the zone, but no factor applies.
    Golden.silent(merger(List.of(), "a", 49.9, "b", 1, "c", 10), "EU-HMG-P20-SPECIAL-FACTORS");
  }

  @Test
  void specialFactors_dealInsideOneGroup_silent() {
    // b is a's subsidiary: the deal combines nothing, whatever the flags say.
    Case c = CaseFacts.caseOf("intra-group", List.of(CaseFacts.market("m", null, "a", 20, "b", 5, "c", 30)),
        List.of(CaseFacts.deal("deal", MERGER, List.of("a", "b"), List.of("m"), INNOVATOR)), List.of(),
        CaseFacts.subsidiary("b", "a"));
    Golden.silent(c, "EU-HMG-P20-SPECIAL-FACTORS");
  }

  // --- EU NHG para 25 ---

  /** u (upstream, in chips) acquires d (downstream, in models); chips has u and x, models d, p, q. */
  private static Case vertical(double u, double x) {
    return CaseFacts.caseOf("vertical",
        List.of(CaseFacts.market("chips", InputKind.COMPUTE, "u", u, "x", x),
            CaseFacts.market("models", null, "d", 20, "p", 20, "q", 20, "others", 40)),
        List.of(CaseFacts.deal("deal", ACQUISITION, List.of("u", "d"), List.of("chips", "models"))), List.of());
  }

  @Test
  void nonHorizontal_shareAt30_fires() {
    // In chips only u is active: 30% (not below 30); HHI = 30² + 20² = 1300 (< 2,000).
    Concern c = Golden.fires("EU-NHG-P25-SAFE-ZONE", vertical(30, 20));
    assertThat(c.finding()).isEqualTo(
        "in chips, where of the parties only u is active, the new entity would hold 30.0% with post-merger HHI 1,300 (safe only below 30% and 2,000)");
    assertThat(c.subjects()).containsExactly("deal", "chips", "u");
  }

  @Test
  void nonHorizontal_shareJustBelow30AndHhiBelow2000_silent() {
    // 29.9% and HHI = 894 + 400 < 2,000 in chips; models: 20% and HHI 1,200.
    Golden.silent(vertical(29.9, 20), "EU-NHG-P25-SAFE-ZONE");
  }

  @Test
  void nonHorizontal_hhiAt2000_fires() {
    // u holds 20% but HHI = 20² + 40² = 2000 (not below 2,000).
    Golden.fires("EU-NHG-P25-SAFE-ZONE", vertical(20, 40));
  }

  @Test
  void nonHorizontal_hhiJustBelow2000_silent() {
    // HHI = 400 + 39.99² ≈ 1999.2.
    Golden.silent(vertical(20, 39.99), "EU-NHG-P25-SAFE-ZONE");
  }

  @Test
  void nonHorizontal_otherPartyActiveInNoMarketOfTheDeal_silent() {
    // d holds no share in any market of the deal: nothing shows a vertical or conglomerate link.
    Case c = CaseFacts.caseOf("no-link", List.of(CaseFacts.market("chips", InputKind.COMPUTE, "u", 40, "x", 20)),
        List.of(CaseFacts.deal("deal", ACQUISITION, List.of("u", "d"), List.of("chips"))), List.of());
    Golden.silent(c, "EU-NHG-P25-SAFE-ZONE");
  }

  @Test
  void nonHorizontal_bothPartiesInTheMarket_silent() {
    // A horizontal overlap is for the Horizontal Merger Guidelines.
    Case c = CaseFacts.caseOf("overlap",
        List.of(CaseFacts.market("chips", InputKind.COMPUTE, "u", 40, "d", 5), CaseFacts.market("models", null, "d", 20)),
        List.of(CaseFacts.deal("deal", ACQUISITION, List.of("u", "d"), List.of("chips", "models"))), List.of());
    Golden.silent(c, "EU-NHG-P25-SAFE-ZONE");
  }

  // --- 2026 draft EU Merger Guidelines, share bands (INFO) ---

  private static Case merged(double a, double b) {
    return merger(List.of(), "a", a, "b", b, "c", 10);
  }

  @Test
  void draftMaterial_justAbove25_firesAsInfo() {
    // 20 + 5.1 = 25.1% of m.
    Concern c = Golden.fires("EU-MG26-DRAFT-MATERIAL", merged(20, 5.1));
    assertThat(c.finding()).isEqualTo(
        "the merged entity would hold 25.1% of m, a 'material' share (> 25%, ≤ 40%) under the 2026 draft EU Merger Guidelines");
    assertThat(c.severity()).isEqualTo(Severity.INFO);
  }

  @Test
  void draftMaterial_exactly25_silent() {
    Golden.silent(merged(20, 5), "EU-MG26-DRAFT-MATERIAL");
  }

  @Test
  void draftHigh_justAbove40_fires() {
    Case c = merged(30, 10.1);
    Golden.fires("EU-MG26-DRAFT-HIGH", c);
    Golden.silent(c, "EU-MG26-DRAFT-MATERIAL");
  }

  @Test
  void draftHigh_exactly40_silentAndMaterialFires() {
    Case c = merged(30, 10);
    Golden.silent(c, "EU-MG26-DRAFT-HIGH");
    Golden.fires("EU-MG26-DRAFT-MATERIAL", c);
  }

  @Test
  void draftVeryHigh_justAbove50_fires() {
    Golden.fires("EU-MG26-DRAFT-VERY-HIGH", merged(40, 10.1));
  }

  @Test
  void draftVeryHigh_exactly50_silentAndHighFires() {
    Case c = merged(40, 10);
    Golden.silent(c, "EU-MG26-DRAFT-VERY-HIGH");
    Golden.fires("EU-MG26-DRAFT-HIGH", c);
  }

  @Test
  void draftBands_beforePublication_silent() {
    // The draft was published on 30 Apr 2026; a case dated the day before has no such bands.
    Case c = merged(40, 10.1).withAsOf(LocalDate.of(2026, 4, 29));
    Golden.silent(c, "EU-MG26-DRAFT-VERY-HIGH", "EU-MG26-DRAFT-HIGH", "EU-MG26-DRAFT-MATERIAL");
  }
}
