package dev.antitrust.rules;

import static dev.antitrust.model.AgreementKind.MERGER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.antitrust.model.Case;
import dev.antitrust.model.Concern;
import dev.antitrust.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** US 2010 Horizontal Merger Guidelines §5.3, the superseded secondary reference. */
class UsHmg2010RulesTest {

  /** Merger of a and b among other firms: post HHI = (a + b)² + Σ others², ΔHHI = 2ab. */
  private static Case merger(double a, double b, Object... othersAndShares) {
    Object[] shares = new Object[4 + othersAndShares.length];
    shares[0] = "a";
    shares[1] = a;
    shares[2] = "b";
    shares[3] = b;
    System.arraycopy(othersAndShares, 0, shares, 4, othersAndShares.length);
    return TestCases.newCase("merger").market("m", shares)
        .agreement("deal", MERGER, List.of("a", "b"), List.of("m")).build();
  }

  @Test
  void moderate_inBandWithDeltaAbove100_fires() {
    // ΔHHI = 2·10·6 = 120 (> 100); post HHI = 16² + 36² = 256 + 1296 = 1552 (1,500–2,500).
    Concern c = Golden.fires("US-HMG10-MODERATE-DELTA100", merger(10, 6, "c", 36));
    assertThat(c.finding())
        .isEqualTo("post-merger HHI 1,552 (moderately concentrated, 1,500-2,500) and ΔHHI 120 (> 100) in m");
    assertThat(c.severity()).isEqualTo(Severity.LOW);
  }

  @Test
  void moderate_postHhiExactly1500_fires() {
    // "HHI between 1500 and 2500": 20² + 30² + 10² + 10² = 1500, ΔHHI = 2·10·10 = 200.
    Golden.fires("US-HMG10-MODERATE-DELTA100", merger(10, 10, "c", 30, "d", 10, "e", 10));
  }

  @Test
  void moderate_postHhiJustBelow1500_silent() {
    // e = 9.99: post HHI = 400 + 900 + 100 + 99.8 = 1499.8, an unconcentrated market.
    Golden.silent(merger(10, 10, "c", 30, "d", 10, "e", 9.99), "US-HMG10-MODERATE-DELTA100");
  }

  @Test
  void moderate_deltaExactly100_silent() {
    // ΔHHI = 2·10·5 = 100 is not "more than 100"; post HHI = 15² + 40² = 1825.
    Golden.silent(merger(10, 5, "c", 40), "US-HMG10-MODERATE-DELTA100");
  }

  @Test
  void moderate_deltaJustAbove100_fires() {
    // ΔHHI = 2·10·5.01 = 100.2; post HHI = 15.01² + 40² ≈ 1825.3.
    Golden.fires("US-HMG10-MODERATE-DELTA100", merger(10, 5.01, "c", 40));
  }

  @Test
  void moderate_postHhiExactly2500_firesAndHighBandsSilent() {
    // Post HHI = 30² + 40² = 2500 is still moderately concentrated ("above 2500" is highly); ΔHHI 400.
    Case c = merger(20, 10, "c", 40);
    Golden.fires("US-HMG10-MODERATE-DELTA100", c);
    Golden.silent(c, "US-HMG10-HIGH-DELTA200", "US-HMG10-HIGH-DELTA100-200");
  }

  @Test
  void highConcern_deltaExactly100_fires() {
    // "Between 100 points and 200 points": ΔHHI = 2·10·5 = 100; post HHI = 15² + 50² = 2725 (> 2,500).
    Concern c = Golden.fires("US-HMG10-HIGH-DELTA100-200", merger(10, 5, "c", 50));
    assertThat(c.finding()).isEqualTo("post-merger HHI 2,725 (> 2,500) and ΔHHI 100 (100-200) in m");
  }

  @Test
  void highConcern_deltaJustBelow100_silent() {
    // ΔHHI = 2·10·4.99 = 99.8: "unlikely to have adverse competitive effects".
    Golden.silent(merger(10, 4.99, "c", 50), "US-HMG10-HIGH-DELTA100-200", "US-HMG10-HIGH-DELTA200");
  }

  @Test
  void highConcern_postHhiExactly2500_silent() {
    // Post HHI = 15² + 40² + 25² + 5² + 5² = 2500, not above 2,500; ΔHHI = 100.
    Golden.silent(merger(10, 5, "c", 40, "d", 25, "e", 5, "f", 5), "US-HMG10-HIGH-DELTA100-200");
  }

  @Test
  void presumption_deltaAbove200_firesBelowThe2023Presumption() {
    // ΔHHI = 2·10·11 = 220 (> 200); post HHI = 21² + 50² = 2941 (> 2,500).
    Case c = merger(10, 11, "c", 50);
    Concern concern = Golden.fires("US-HMG10-HIGH-DELTA200", c);
    assertThat(concern.finding()).isEqualTo(
        "post-merger HHI 2,941 (> 2,500) and ΔHHI 220 (> 200) in m: presumed likely to enhance market power under the 2010 Guidelines");
    assertThat(concern.severity()).isEqualTo(Severity.MEDIUM);
    List<String> ranked = BuiltInPack.ruleIds(c);
    assertThat(ranked.indexOf("US-MG23-G1-HHI")).isLessThan(ranked.indexOf("US-HMG10-HIGH-DELTA200"));
  }

  @Test
  void presumption_deltaExactly200_silentButConcernFires() {
    // ΔHHI = 2·10·10 = 200 is not "more than 200"; it is the top of the 100–200 band.
    Case c = merger(10, 10, "c", 50);
    Golden.silent(c, "US-HMG10-HIGH-DELTA200");
    Golden.fires("US-HMG10-HIGH-DELTA100-200", c);
  }
}
