package dev.antitrust.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.antitrust.model.Severity;
import org.junit.jupiter.api.Test;

/** {@code assess --format markdown} and {@code --format sarif} on the bundled case. */
class ReportFormatsTest {

  @Test
  void markdown_bundledCase_tableRowPerConcernAndCitations() {
    Invocation run = Invocation.of("assess", "--format", "markdown");
    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.out()).startsWith("## SpaceX/xAI – Anthropic Colossus 1 compute agreement (`spacexai-anthropic-colossus`)");
    assertThat(run.out()).contains("| Rank | Score | Severity | Jurisdiction | Category | Finding | Rule |")
        .contains("| 1 | 70.0 | high | EU | coordination | xAI and Anthropic compete in frontier foundation-model APIs"
            + " (7.0% and 24.0%), and colossus-deal gives access to usage-data, capacity-plans | `EU-HG23-INFO-EXCHANGE` |")
        .contains("- `US-HSR-SOT-ABOVE-CAP` ");
    long rows = run.out().lines().filter(l -> l.matches("\\| \\d+ \\|.*")).count();
    assertThat(rows).isEqualTo(Invocation.of("assess", "--format", "json").out().split("\"ruleId\"").length - 1);
  }

  @Test
  void sarif_bundledCase_resultPerConcernWithRuleLevelAndLocation() throws Exception {
    Invocation run = Invocation.of("assess", "--format", "sarif");
    assertThat(run.exitCode()).as("%s", run).isZero();
    JsonNode sarif = JsonMapper.builder().build().readTree(run.out());
    assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
    JsonNode sarifRun = sarif.get("runs").get(0);
    assertThat(sarifRun.at("/tool/driver/name").asText()).isEqualTo("antitrust");
    JsonNode first = sarifRun.get("results").get(0);
    assertThat(first.get("ruleId").asText()).isEqualTo("EU-HG23-INFO-EXCHANGE");
    assertThat(first.get("level").asText()).isEqualTo("error");
    assertThat(first.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("spacexai-anthropic-colossus.yaml");
    int ruleIndex = first.get("ruleIndex").asInt();
    assertThat(sarifRun.at("/tool/driver/rules/" + ruleIndex + "/id").asText()).isEqualTo("EU-HG23-INFO-EXCHANGE");
    assertThat(sarifRun.get("results")).hasSize(9);
  }

  @Test
  void sarifLevel_followsSeverity() {
    assertThat(SarifRenderer.level(Severity.CRITICAL)).isEqualTo("error");
    assertThat(SarifRenderer.level(Severity.HIGH)).isEqualTo("error");
    assertThat(SarifRenderer.level(Severity.MEDIUM)).isEqualTo("warning");
    assertThat(SarifRenderer.level(Severity.LOW)).isEqualTo("note");
    assertThat(SarifRenderer.level(Severity.INFO)).isEqualTo("note");
  }
}
