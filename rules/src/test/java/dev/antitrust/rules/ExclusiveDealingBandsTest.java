package dev.antitrust.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.antitrust.model.Case;
import dev.antitrust.model.Concern;
import dev.antitrust.model.InputKind;
import dev.antitrust.model.Severity;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 50% and monopolist foreclosure bands, and the EU Vertical Block Exemption Regulation. */
class ExclusiveDealingBandsTest {

  private static Case foreclosing(double first, double second) {
    return TestCases.newCase("foreclosure").exclusivePipeline("p1", "s", "x", first)
        .exclusivePipeline("p2", "s", "y", second).build();
  }

  // --- above 50% (2023 Merger Guidelines, Guideline 5) ---

  @Test
  void strongIndicator_justAbove50_fires() {
    // 30 + 20.1 = 50.1% tied up across both pipelines.
    Concern c = Golden.fires("US-EXCL-FORECLOSURE-50", foreclosing(30, 20.1));
    assertThat(c.finding()).isEqualTo("s's exclusive compute pipelines tie up 50.1% of the input market (> 50%)");
    assertThat(c.subjects()).containsExactly("s", "p1", "p2");
  }

  @Test
  void strongIndicator_exactly50_silentAndLiabilityBandFires() {
    // "Above 50 percent": 50% itself stays in the 40–50% band.
    Case c = foreclosing(30, 20);
    Golden.silent(c, "US-EXCL-FORECLOSURE-50");
    Golden.fires("US-EXCL-FORECLOSURE-40", c);
  }

  @Test
  void strongIndicator_bandsDoNotOverlap_oneConcernPerFirm() {
    assertThat(BuiltInPack.ruleIds(foreclosing(30, 30))).contains("US-EXCL-FORECLOSURE-50")
        .doesNotContain("US-EXCL-FORECLOSURE-40", "US-EXCL-FORECLOSURE-30");
  }

  @Test
  void strongIndicator_beforeThe2023Guidelines_silentAndLiabilityBandFires() {
    // Guideline 5 dates from 18 Dec 2023; before it 60% is simply in the 40%-and-above zone.
    Case c = foreclosing(30, 30).withAsOf(LocalDate.of(2023, 12, 17));
    Golden.silent(c, "US-EXCL-FORECLOSURE-50");
    Golden.fires("US-EXCL-FORECLOSURE-40", c);
  }

  @Test
  void strongIndicator_at60_scoresFromTheLiabilityBar() {
    // 60% is 50% past the 40% bar: 70 + 10 × 0.5 = 75, above the 40–50% band's best (72.5 at 50%).
    assertThat(BuiltInPack.concern(foreclosing(30, 30), "US-EXCL-FORECLOSURE-50").score()).isEqualTo(75.0);
  }

  // --- a monopolist under Sherman Act §2 ---

  /** s holds {@code share} of the compute market and ties up {@code foreclosed} of it exclusively. */
  private static Case monopolist(double share, double foreclosed) {
    return CaseFacts.caseOf("monopolist", List.of(CaseFacts.market("compute", InputKind.COMPUTE, "s", share, "t", 5)),
        List.of(), List.of(CaseFacts.exclusive("p1", "s", "x", InputKind.COMPUTE, "compute", foreclosed, 36)));
  }

  @Test
  void monopolist_at65Foreclosing20_fires() {
    Concern c = Golden.fires("US-EXCL-FORECLOSURE-MONOPOLIST", monopolist(65, 20));
    assertThat(c.finding()).isEqualTo(
        "s holds 65.0% of compute (≥ 65%) and its exclusive compute pipelines tie up 20.0% of it (≥ 20%, < 40%)");
    assertThat(c.severity()).isEqualTo(Severity.HIGH);
  }

  @Test
  void monopolist_foreclosingJustBelow20_silent() {
    Golden.silent(monopolist(65, 19.9), "US-EXCL-FORECLOSURE-MONOPOLIST");
  }

  @Test
  void monopolist_shareJustBelow65_silent() {
    // 25% foreclosed by a firm with 64.9%: below the grey zone and no monopoly.
    Golden.silent(monopolist(64.9, 25), "US-EXCL-FORECLOSURE-MONOPOLIST", "US-EXCL-FORECLOSURE-30");
  }

  @Test
  void monopolist_foreclosing40_silentAndLiabilityBandFires() {
    // From 40% any firm is in the usual §1 zone.
    Case c = monopolist(65, 40);
    Golden.silent(c, "US-EXCL-FORECLOSURE-MONOPOLIST");
    Golden.fires("US-EXCL-FORECLOSURE-40", c);
  }

  // --- EU VBER Art. 3 ---

  /** s supplies compute exclusively to x; s holds {@code share} of the compute market. */
  private static Case vberSupply(double share, int months) {
    return CaseFacts.caseOf("vber", List.of(CaseFacts.market("compute", InputKind.COMPUTE, "s", share, "t", 20)),
        List.of(), List.of(CaseFacts.exclusive("p1", "s", "x", InputKind.COMPUTE, "compute", 5, months)));
  }

  @Test
  void vberCap_supplierJustAbove30_fires() {
    Concern c = Golden.fires("EU-VBER-ART3-30", vberSupply(30.1, 36));
    assertThat(c.finding()).isEqualTo(
        "s's group holds 30.1% of compute (> 30%), so its exclusive compute supply to x (p1) falls outside the block exemption");
  }

  @Test
  void vberCap_supplierExactly30_silent() {
    // Art. 3(1): a share that does "not exceed 30%" keeps the exemption.
    Golden.silent(vberSupply(30, 36), "EU-VBER-ART3-30");
  }

  @Test
  void vberCap_beforeTheRegulation_silent() {
    // Regulation 2022/720 applies from 1 Jun 2022.
    Golden.silent(vberSupply(45, 36).withAsOf(LocalDate.of(2022, 5, 31)), "EU-VBER-ART3-30", "EU-VBER-ART5-NONCOMPETE");
  }

  // --- EU VBER Art. 5(1)(a) ---

  @Test
  void nonCompete_61Months_fires() {
    Concern c = Golden.fires("EU-VBER-ART5-NONCOMPETE", vberSupply(10, 61));
    assertThat(c.finding()).isEqualTo(
        "the exclusive compute pipeline p1 from s to x runs 61 months (> 60): as a non-compete on the buyer it is not exempted");
  }

  @Test
  void nonCompete_exactlyFiveYears_silent() {
    // "Exceeding five years": 60 months is still exempt.
    Golden.silent(vberSupply(10, 60), "EU-VBER-ART5-NONCOMPETE");
  }

  @Test
  void nonCompete_indefinite_firesWithTheRenegotiationCaveat() {
    Case c = CaseFacts.caseOf("indefinite", List.of(), List.of(),
        List.of(CaseFacts.indefinite("p1", "s", "x", InputKind.DATA)));
    assertThat(Golden.fires("EU-VBER-ART5-NONCOMPETE", c).finding()).isEqualTo(
        "the exclusive data pipeline p1 from s to x has no end or renews tacitly: as a non-compete on the buyer it is not exempted unless the buyer can effectively renegotiate or terminate it");
  }

  @Test
  void nonCompete_unknownTerm_silent() {
    // No term given and not indefinite: nothing to measure.
    Golden.silent(vberSupply(10, 0), "EU-VBER-ART5-NONCOMPETE");
  }
}
