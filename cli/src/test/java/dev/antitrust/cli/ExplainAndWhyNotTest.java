package dev.antitrust.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code assess --explain} and {@code assess --why-not} through {@link Cli}, on two cases at the
 * edge of the 2023 HHI presumption. past-the-bar: big 40%, buyer 10%, target 6%, so HHI 1,736 and
 * ΔHHI 2 × 10 × 6 = 120, post-merger 1,856. near-miss: buyer 12%, target 4%, so ΔHHI 96, 4 short
 * of 100, while post-merger HHI 1,760 + 96 = 1,856 still passes 1,800.
 */
class ExplainAndWhyNotTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static String file(String name) throws Exception {
    return Path.of(ExplainAndWhyNotTest.class.getResource(name).toURI()).toString();
  }

  @Test
  void explain_text_showsThresholdsEvidenceFactsAndArithmeticUnderTheConcern() throws Exception {
    Invocation run = Invocation.of("assess", "--explain", file("past-the-bar.yaml"));

    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.outLines()).contains(
        "      thresholds (as in force on the case's date):",
        "        us.mg2023.delta-hhi = 100 hhi, US, valid 2023-12-18 to open; source: DOJ/FTC Merger Guidelines 2023,"
            + " Guideline 1, §2.1 (C1.1, C1.2)",
        "      evidence: deltaHhi 120, postHhi 1,856, preHhi 1,736",
        "        the-deal (agreement): kind acquisition; parties buyer, target; markets widgets; equityStake 100.0%",
        "        HHI 1,736 = 40.0² + 10.0² + 6.0² (groups big, buyer, target); fringe 'others' 44.0% not squared",
        "        ΔHHI 120 = 2 × 10.0 × 6.0 (groups buyer, target)",
        "        post-merger HHI 1,856 = 1,736 + 120",
        "        combined share 16.0% = 10.0 + 6.0 (groups buyer, target)");
    // The block sits under its concern's row, before the next row.
    assertThat(run.outLines().get(5)).startsWith("      thresholds");
  }

  @Test
  void explain_json_putsAnExplanationObjectOnEachConcern() throws Exception {
    Invocation run = Invocation.of("assess", "--explain", "--format", "json", file("past-the-bar.yaml"));

    assertThat(run.exitCode()).as("%s", run).isZero();
    JsonNode why = MAPPER.readTree(run.out()).get("concerns").get(0).get("explanation");
    JsonNode delta = why.get("thresholds").get(0);
    assertThat(delta.get("key").textValue()).isEqualTo("us.mg2023.delta-hhi");
    assertThat(delta.get("value").doubleValue()).isEqualTo(100.0);
    assertThat(delta.get("validFrom").textValue()).isEqualTo("2023-12-18");
    assertThat(delta.get("validTo").isNull()).isTrue();
    assertThat(why.get("facts").get(1).get("fields").get("geography").textValue()).isEqualTo("US");
    JsonNode deltaHhi = why.get("indicators").get(1);
    assertThat(deltaHhi.get("indicator").textValue()).isEqualTo("ΔHHI");
    assertThat(deltaHhi.get("value").doubleValue()).isEqualTo(120.0);
    assertThat(deltaHhi.get("derivation").textValue()).isEqualTo("ΔHHI 120 = 2 × 10.0 × 6.0 (groups buyer, target)");
  }

  @Test
  void json_withoutExplain_hasNoExplanationField() throws Exception {
    Invocation run = Invocation.of("assess", "--format", "json", file("past-the-bar.yaml"));

    assertThat(MAPPER.readTree(run.out()).get("concerns").get(0).has("explanation")).isFalse();
  }

  @Test
  void whyNot_nearMiss_namesTheFailedConditionAndTheGap() throws Exception {
    Invocation run = Invocation.of("assess", "--why-not", "US-MG23-G1-HHI", file("near-miss.yaml"));

    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.outLines().get(2)).isEqualTo("US-MG23-G1-HHI did not fire: in market widgets (deal the-deal),"
        + " ΔHHI 96 ≤ 100 (us.mg2023.delta-hhi), a gap of 4;"
        + " post-merger HHI 1,856 > 1,800 (us.mg2023.hhi.highly-concentrated) passed");
    assertThat(run.outLines()).hasSize(3);
  }

  @Test
  void whyNot_json_givesTheSameSentence() throws Exception {
    Invocation run = Invocation.of("assess", "--why-not", "US-MG23-G1-HHI", "--format", "json", file("near-miss.yaml"));

    JsonNode json = MAPPER.readTree(run.out());
    assertThat(json.get("fired").booleanValue()).isFalse();
    assertThat(json.get("summary").textValue()).contains("ΔHHI 96 ≤ 100 (us.mg2023.delta-hhi), a gap of 4");
    assertThat(json.get("concerns")).isEmpty();
  }

  @Test
  void whyNot_ruleWithoutRestatedConditions_answersFromItsOwnConditions() throws Exception {
    // The deal states no value, so no agreement passes the HSR cap's comparison: a certain reason.
    Invocation run = Invocation.of("assess", "--why-not", "US-HSR-SOT-ABOVE-CAP", file("past-the-bar.yaml"));

    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.outLines().get(2)).isEqualTo("US-HSR-SOT-ABOVE-CAP did not fire: no agreement has valueOrZero >"
        + " 535,500,000 USD (us.hsr.regardless-of-size-of-person) (nearest: the-deal at 0 USD, a gap of 535,500,000 USD)."
        + " The rule's conditions, thresholds as in force on 2026-05-06:");
    assertThat(run.outLines()).contains(
        "    valueOrZero > 535,500,000 USD (us.hsr.regardless-of-size-of-person): fails for the-deal (0 USD)");
  }

  @Test
  void whyNot_ruleThatFired_saysSoAndShowsItsExplanation() throws Exception {
    Invocation run = Invocation.of("assess", "--why-not", "US-MG23-G1-HHI", file("past-the-bar.yaml"));

    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.outLines().get(2)).isEqualTo("US-MG23-G1-HHI fired once");
    assertThat(run.outLines()).contains("        ΔHHI 120 = 2 × 10.0 × 6.0 (groups buyer, target)");
  }

  @Test
  void whyNot_unknownRule_exits2WithASuggestion() throws Exception {
    Invocation run = Invocation.of("assess", "--why-not", "US-MG23-G1-HH", file("near-miss.yaml"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).containsExactly(
        "unknown rule 'US-MG23-G1-HH' (did you mean 'US-MG23-G1-HHI'?); 'antitrust rules list' shows them all",
        "Try 'antitrust assess --help' for more information.");
  }
}
