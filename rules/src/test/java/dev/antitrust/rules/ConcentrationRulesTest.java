package dev.antitrust.rules;

import static dev.antitrust.model.AgreementKind.MERGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.antitrust.model.Case;
import dev.antitrust.model.Concern;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConcentrationRulesTest {

  /** Merger of a and b in a market with a third firm c: pre HHI = a² + b² + c², ΔHHI = 2ab. */
  private static Case merger(double a, double b, double c) {
    return TestCases.newCase("merger").market("m", "a", a, "b", b, "c", c)
        .agreement("deal", MERGER, List.of("a", "b"), List.of("m")).build();
  }

  @Test
  void usHhiPresumption_justAboveBothBars_fires() {
    // ΔHHI = 2·10·6 = 120 (> 100); post HHI = 100 + 36 + 1600 + 120 = 1856 (> 1800).
    Concern c = Golden.fires("US-MG23-G1-HHI", merger(10, 6, 40));
    assertThat(c.evidence().get("postHhi")).isCloseTo(1856, within(1e-6));
    assertThat(c.evidence().get("deltaHhi")).isCloseTo(120, within(1e-6));
    assertThat(c.finding()).isEqualTo("post-merger HHI 1,856 (> 1,800) and ΔHHI 120 (> 100) in m");
    assertThat(c.thresholds()).containsEntry("us.mg2023.hhi.highly-concentrated", 1800.0);
  }

  @Test
  void usHhiPresumption_postHhiJustBelow1800_silent() {
    // c = 39.29: post HHI = 100 + 36 + 1543.70 + 120 = 1799.70 (≤ 1800).
    Golden.silent(merger(10, 6, 39.29), "US-MG23-G1-HHI");
  }

  @Test
  void usHhiPresumption_deltaJustBelow100_silent() {
    // ΔHHI = 2·10·4.99 = 99.8 (≤ 100) although post HHI = 100 + 24.9 + 2500 + 99.8 > 1800.
    Golden.silent(merger(10, 4.99, 50), "US-MG23-G1-HHI");
  }

  @Test
  void usSharePresumption_mergedShareJustAbove30_fires() {
    // Merged share 25 + 5.1 = 30.1% (> 30), ΔHHI = 2·25·5.1 = 255.
    Concern c = Golden.fires("US-MG23-G1-SHARE", merger(25, 5.1, 5));
    assertThat(c.evidence().get("combinedShare")).isCloseTo(30.1, within(1e-9));
    assertThat(c.finding()).isEqualTo("merged share 30.1% (> 30%) and ΔHHI 255 (> 100) in m");
  }

  @Test
  void usSharePresumption_mergedShareJustBelow30_silent() {
    // Merged share 25 + 4.9 = 29.9% (≤ 30).
    Golden.silent(merger(25, 4.9, 5), "US-MG23-G1-SHARE");
  }

  @Test
  void euHhiScreen_midBandWithDeltaAt250_fires() {
    // Post HHI = 25² + 5² + 30² + 250 = 1800 (1,000–2,000 band); ΔHHI = 2·25·5 = 250 (not below 250).
    Golden.fires("EU-HMG-P19-20-HHI", merger(25, 5, 30));
  }

  @Test
  void euHhiScreen_midBandWithDeltaJustBelow250_silent() {
    // ΔHHI = 2·25·4.99 = 249.5 (< 250), post HHI ≈ 1799 in the 1,000–2,000 band: a safe zone.
    Golden.silent(merger(25, 4.99, 30), "EU-HMG-P19-20-HHI");
  }

  @Test
  void euHhiScreen_highBandWithDeltaAt150_fires() {
    // Post HHI = 15² + 5² + 45² + 150 = 2425 (> 2,000); ΔHHI = 2·15·5 = 150 (not below 150).
    Golden.fires("EU-HMG-P19-20-HHI", merger(15, 5, 45));
  }

  @Test
  void euHhiScreen_highBandWithDeltaJustBelow150_silent() {
    // ΔHHI = 2·15·4.99 = 149.7 (< 150) with post HHI > 2,000.
    Golden.silent(merger(15, 4.99, 45), "EU-HMG-P19-20-HHI");
  }

  @Test
  void euShareScreen_combinedJustAbove25_fires() {
    Golden.fires("EU-HMG-P18-SHARE", merger(20, 5.1, 10));
  }

  @Test
  void euShareScreen_combinedExactly25_silent() {
    // Para 18: a combined share "not exceeding 25%" indicates compatibility.
    Golden.silent(merger(20, 5, 10), "EU-HMG-P18-SHARE");
  }

  /** The merger of {@link #merger} in a market of the given geography. */
  private static Case mergerIn(String geography) {
    return TestCases.newCase("merger-" + geography).marketIn(geography, "m", "a", 10, "b", 6, "c", 40)
        .agreement("deal", MERGER, List.of("a", "b"), List.of("m")).build();
  }

  @Test
  void marketReach_europeanMarket_usRulesSilentEuRulesFire() {
    // Same structure as usHhiPresumption_justAboveBothBars_fires, but the market is German.
    Golden.silent(mergerIn("DE"), "US-MG23-G1-HHI");
    Golden.fires("EU-HMG-P18-SHARE", TestCases.newCase("de").marketIn("DE", "m", "a", 20, "b", 5.1, "c", 10)
        .agreement("deal", MERGER, List.of("a", "b"), List.of("m")).build());
  }

  @Test
  void marketReach_usMarket_usRulesFireEuRulesSilent() {
    Golden.fires("US-MG23-G1-HHI", mergerIn("US"));
    Golden.silent(TestCases.newCase("us").marketIn("US", "m", "a", 20, "b", 5.1, "c", 10)
        .agreement("deal", MERGER, List.of("a", "b"), List.of("m")).build(), "EU-HMG-P18-SHARE");
  }

  @Test
  void groups_subsidiaryShareCountsForItsParent() {
    // b2 belongs to b's group: the merger combines a (10) with b's group (4 + 2 = 6), ΔHHI 120.
    Case c = TestCases.newCase("group").company("b2", "b", 0).market("m", "a", 10, "b", 4, "b2", 2, "c", 40)
        .agreement("deal", MERGER, List.of("a", "b"), List.of("m")).build();
    assertThat(Golden.fires("US-MG23-G1-HHI", c).evidence().get("deltaHhi")).isCloseTo(120, within(1e-6));
  }
}
