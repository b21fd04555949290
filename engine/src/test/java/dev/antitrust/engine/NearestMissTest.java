package dev.antitrust.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.antitrust.model.Case;
import dev.antitrust.model.Category;
import dev.antitrust.model.Severity;
import dev.antitrust.model.Threshold;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The nearest-miss sentence. In the widgets case e holds 40%, b 12% and c 4%: HHI 1,600 + 144 + 16 =
 * 1,760, and the deal b + c adds 2 × 12 × 4 = 96, so post-merger HHI is 1,856: past 1,800, but ΔHHI
 * is 4 short of 100.
 */
class NearestMissTest {
  static final LocalDate FROM = LocalDate.of(2023, 12, 18);
  static final Threshold HHI = new Threshold("us.mg2023.hhi.highly-concentrated", 1800, "hhi", "US", FROM, null, "MG23");
  static final Threshold SHARE = new Threshold("us.mg2023.share", 30, "percent", "US", FROM, null, "MG23");
  static final Map<String, Threshold> IN_FORCE = Map.of(HHI.key(), HHI, ExplainerTest.DELTA.key(), ExplainerTest.DELTA,
      SHARE.key(), SHARE);

  static RuleInfo rule(String id, String file, String... keys) {
    return new RuleInfo(id, "t", Category.CONCENTRATION, "US", Severity.HIGH, "c", file, List.of(keys));
  }

  static WhyNot whyNot(String ruleId, String geography, Map<String, Threshold> inForce) {
    Case theCase = ExplainerTest.widgets(ExplainerTest.shares("e", 40, "b", 12, "c", 4), geography);
    RuleInfo info = rule(ruleId, "builtin:dev/antitrust/rules/concentration/us-merger-guidelines.drl",
        "us.mg2023.delta-hhi", "us.mg2023.hhi.highly-concentrated");
    return new NearestMiss(info, null, new CaseIndicators(theCase, ExplainerTest.LISTS), inForce).explain();
  }

  @Test
  void hhiPresumption_deltaJustBelow_namesTheFailedConditionAndItsGap() {
    WhyNot answer = whyNot("US-MG23-G1-HHI", "worldwide", IN_FORCE);

    assertThat(answer.fired()).isFalse();
    assertThat(answer.summary()).isEqualTo("US-MG23-G1-HHI did not fire: in market widgets (deal deal),"
        + " ΔHHI 96 ≤ 100 (us.mg2023.delta-hhi), a gap of 4;"
        + " post-merger HHI 1,856 > 1,800 (us.mg2023.hhi.highly-concentrated) passed");
    assertThat(answer.details()).isEmpty();
  }

  @Test
  void sharePresumption_bothConditionsFail_listsBothWithGaps() {
    WhyNot answer = whyNot("US-MG23-G1-SHARE", "worldwide", IN_FORCE);

    assertThat(answer.summary()).isEqualTo("US-MG23-G1-SHARE did not fire: in market widgets (deal deal),"
        + " combined share 16.0% ≤ 30% (us.mg2023.share), a gap of 14.0 points;"
        + " ΔHHI 96 ≤ 100 (us.mg2023.delta-hhi), a gap of 4");
  }

  @Test
  void hhiPresumption_europeanMarket_saysItIsOutOfReach() {
    WhyNot answer = whyNot("US-MG23-G1-HHI", "EU", IN_FORCE);

    assertThat(answer.summary()).startsWith("US-MG23-G1-HHI did not fire: in market widgets (deal deal),"
        + " market widgets (geography EU) is outside the reach of US rules; ΔHHI 96 ≤ 100");
  }

  @Test
  void hhiPresumption_beforeTheGuidelines_saysNoRowIsInForce() {
    WhyNot answer = whyNot("US-MG23-G1-HHI", "worldwide", Map.of());

    assertThat(answer.summary()).isEqualTo("US-MG23-G1-HHI did not fire: no row of"
        + " 'us.mg2023.hhi.highly-concentrated', 'us.mg2023.delta-hhi' is in force on 2026-05-06");
  }

  @Test
  void ruleWithoutAnalysis_listsItsThresholdsInForceHonestly() {
    Case theCase = ExplainerTest.widgets(ExplainerTest.shares("e", 40), "worldwide");
    RuleInfo info = rule("US-HSR-SOT-SOP", "builtin:dev/antitrust/rules/filing/us-hsr.drl",
        "us.mg2023.delta-hhi", "us.hsr.size-of-transaction");

    WhyNot answer = new NearestMiss(info, null, new CaseIndicators(theCase, ExplainerTest.LISTS), IN_FORCE).explain();

    assertThat(answer.summary()).isEqualTo("US-HSR-SOT-SOP did not fire; --why-not does not analyse this rule's"
        + " conditions. The thresholds it reads, as in force on 2026-05-06:");
    assertThat(answer.details()).containsExactly(
        "us.mg2023.delta-hhi = 100 hhi (US, in force from 2023-12-18, DOJ/FTC Merger Guidelines (2023) §2.1)",
        "us.hsr.size-of-transaction: no row in force");
  }

  @Test
  void dealRule_caseWithoutADeal_saysThereIsNothingToTest() {
    Case theCase = ExplainerTest.widgets(ExplainerTest.shares("e", 40), "worldwide");
    RuleInfo info = rule("US-MG23-G1-HHI", "builtin:x.drl", "us.mg2023.delta-hhi");

    WhyNot answer = new NearestMiss(info, null, new CaseIndicators(theCase, ExplainerTest.LISTS), IN_FORCE).explain();

    assertThat(answer.summary()).startsWith("US-MG23-G1-HHI did not fire: no agreement in the case combines market"
        + " positions");
  }

  @Test
  void userRule_sameId_isFlaggedAsAnalysedByTheBuiltInConditions() {
    Case theCase = ExplainerTest.widgets(ExplainerTest.shares("e", 40, "b", 12, "c", 4), "worldwide");
    RuleInfo info = rule("US-MG23-G1-HHI", "my-rules/us.drl", "us.mg2023.delta-hhi");

    WhyNot answer = new NearestMiss(info, null, new CaseIndicators(theCase, ExplainerTest.LISTS), IN_FORCE).explain();

    assertThat(answer.details()).containsExactly(
        "note: US-MG23-G1-HHI comes from my-rules/us.drl; the analysis follows the built-in rule's conditions");
  }
}
