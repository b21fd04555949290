package dev.antitrust.rules;

import static dev.antitrust.model.AgreementKind.COMPUTE_SUPPLY;
import static dev.antitrust.rules.CaseRecords.exclusiveCompute;
import static dev.antitrust.rules.CaseRecords.withRevenueShareAndSpend;
import static org.assertj.core.api.Assertions.assertThat;

import dev.antitrust.model.Agreement;
import dev.antitrust.model.Case;
import dev.antitrust.model.Concern;
import dev.antitrust.model.InputKind;
import dev.antitrust.model.Pipeline;
import dev.antitrust.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class SwitchingRulesTest {

  /** Developer d takes compute exclusively from supplier s for {@code months}, or indefinitely. */
  private static Case exclusive(Integer months, boolean indefinite) {
    return CaseRecords.newCase("exclusive").pipeline(exclusiveCompute("s", "d", months, indefinite)).build();
  }

  @Test
  void exclusiveTerm_insideOneGroup_silent() {
    // d is s's subsidiary: an intra-group commitment is no agreement between undertakings.
    Case c = CaseRecords.newCase("intra-group").subsidiary("d", "s").pipeline(exclusiveCompute("s", "d", 120, false)).build();
    Golden.silent(c, "US-FTC6B-EXCLUSIVE-TERM");
  }

  @Test
  void exclusiveTerm_13Months_firesLow() {
    Concern c = Golden.fires("US-FTC6B-EXCLUSIVE-TERM", exclusive(13, false));
    assertThat(c.finding()).isEqualTo(
        "d takes compute exclusively from s through supply for 13 months (> 12 months), which raises its cost of switching to other providers");
    assertThat(c.severity()).isEqualTo(Severity.LOW);
  }

  @Test
  void exclusiveTerm_12Months_silent() {
    Golden.silent(exclusive(12, false), "US-FTC6B-EXCLUSIVE-TERM");
  }

  @Test
  void exclusiveTerm_unknownTerm_silent() {
    // No term given and not indefinite: nothing to measure.
    Golden.silent(exclusive(null, false), "US-FTC6B-EXCLUSIVE-TERM");
  }

  /** Developer d commits {@code spend} to s under the deal; s supplies d compute, exclusively or not. */
  private static Case committedSpend(Double spend, InputKind supplied) {
    Agreement deal = withRevenueShareAndSpend(Agreement.of("deal", COMPUTE_SUPPLY, List.of("s", "d"), List.of()), false, spend);
    Pipeline supply = new Pipeline("cloud", "deal", "s", "d", supplied, false, 5, 0, 36, null, false);
    return CaseRecords.newCase("spend").agreement(deal).pipeline(supply).build();
  }

  @Test
  void committedSpend_withComputeSupplier_fires() {
    assertThat(Golden.fires("US-FTC6B-COMMITTED-SPEND", committedSpend(2.5e9, InputKind.COMPUTE)).finding())
        .isEqualTo("d commits $2.5bn of spend under deal to s, which supplies it compute through cloud");
  }

  @Test
  void committedSpend_zero_silent() {
    Golden.silent(committedSpend(0.0, InputKind.COMPUTE), "US-FTC6B-COMMITTED-SPEND");
  }

  @Test
  void committedSpend_supplierOfAnotherInput_silent() {
    // Spend on data is no cloud credit: the switching-cost theory here is about compute.
    Golden.silent(committedSpend(2.5e9, InputKind.DATA), "US-FTC6B-COMMITTED-SPEND");
  }

  @Test
  void bundledCase_colossus36Months_lowLockInOnly() {
    // The assumed 36-month Colossus term is past the 12-month screen but within the five-year VBER mark.
    Case c = BundledCaseTest.sample();
    Concern lockIn = Golden.fires("US-FTC6B-EXCLUSIVE-TERM", c);
    assertThat(lockIn.severity()).isEqualTo(Severity.LOW);
    assertThat(lockIn.rank()).isGreaterThan(BuiltInPack.concern(c, "US-RIVAL-EXCLUSIVE-INPUT").rank());
    Golden.silent(c, "US-FTC6B-COMMITTED-SPEND");
  }
}
