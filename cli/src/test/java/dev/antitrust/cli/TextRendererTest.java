package dev.antitrust.cli;

import static dev.antitrust.cli.Fixtures.assessment;
import static dev.antitrust.cli.Fixtures.assessmentWith;
import static dev.antitrust.cli.Fixtures.concern;
import static dev.antitrust.model.Severity.HIGH;
import static dev.antitrust.model.Severity.INFO;
import static dev.antitrust.model.Severity.LOW;
import static dev.antitrust.model.Severity.MEDIUM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.antitrust.model.Assessment;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextRendererTest {

  private static String render(Assessment... assessments) {
    StringWriter text = new StringWriter();
    try (PrintWriter out = new PrintWriter(text)) {
      new TextRenderer().render(List.of(assessments), assessments.length > 1, out);
    }
    return text.toString();
  }

  @Test
  void header_namesCaseDateAndShortHash() {
    assertThat(TextRenderer.header(assessmentWith()))
        .isEqualTo("Deal one (deal-1), as of 2026-05-06, rule pack 1.2.3 sha256:0123456789ab");
  }

  @Test
  void header_caseWithoutTitle_namesTheIdOnce() {
    Assessment untitled = new Assessment("deal-2", "deal-2", LocalDate.of(2026, 1, 2), "0.1.0",
        Fixtures.PACK, List.of());

    assertThat(TextRenderer.header(untitled))
        .isEqualTo("deal-2, as of 2026-01-02, rule pack 1.2.3 sha256:0123456789ab");
  }

  @Test
  void render_noConcerns_saysSo() {
    assertThat(render(assessmentWith()).lines())
        .containsExactly(TextRenderer.header(assessmentWith()), "", "No concerns.");
  }

  @Test
  void render_concerns_rowsLineUpUnderHeadings() {
    List<String> lines = render(assessmentWith(HIGH, MEDIUM)).lines().toList();

    assertThat(lines.get(2)).isEqualTo(
        "RANK  SCORE  SEVERITY  JUR  CATEGORY           FINDING            RULE");
    assertThat(lines.get(3)).isEqualTo(
        "   1   87.3  high      EU   exclusive-dealing  Finding number 1.  EU-ART101-EXCL");
    assertThat(lines.get(4)).isEqualTo(
        "   2   87.3  medium    EU   exclusive-dealing  Finding number 2.  EU-ART101-EXCL");
    assertThat(lines.get(6)).isEqualTo("2 concerns: 1 high, 1 medium");
  }

  @Test
  void render_longFinding_wrapsUnderTheFindingColumn() {
    String finding = "Anthropic takes 100% of the Colossus 1 capacity of xAI, a direct rival in "
        + "frontier models, for 36 months, tying up 12% of the AI compute market.";
    List<String> lines = render(assessment(concern(1, HIGH, finding))).lines().toList();

    int column = lines.get(2).indexOf("FINDING");
    List<String> rows = lines.subList(3, lines.size() - 2);
    assertThat(rows).hasSizeGreaterThan(1);
    assertThat(rows.get(0)).endsWith("  EU-ART101-EXCL");
    assertThat(rows.subList(1, rows.size())).allSatisfy(continuation -> assertThat(continuation)
        .startsWith(" ".repeat(column))
        .doesNotStartWith(" ".repeat(column + 1))
        .hasSizeLessThanOrEqualTo(column + TextRenderer.FINDING_WIDTH));
    String first = rows.get(0).substring(column, rows.get(0).indexOf("EU-ART101-EXCL")).strip();
    String rest = String.join(" ", rows.subList(1, rows.size()).stream().map(String::strip).toList());
    assertThat(first + " " + rest).isEqualTo(finding);
    assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(160));
  }

  @Test
  void summary_oneConcern_isSingularAndCountsEverySeverityPresent() {
    assertThat(TextRenderer.summary(assessmentWith(LOW).concerns())).isEqualTo("1 concern: 1 low");
    assertThat(TextRenderer.summary(assessmentWith(INFO, HIGH, MEDIUM, HIGH, INFO, MEDIUM, MEDIUM).concerns()))
        .isEqualTo("7 concerns: 2 high, 3 medium, 2 info");
  }

  @Test
  void render_severalAssessments_separatesThemWithABlankLine() {
    List<String> lines = render(assessmentWith(), assessmentWith()).lines().toList();

    assertThat(lines).containsExactly(
        TextRenderer.header(assessmentWith()), "", "No concerns.",
        "",
        TextRenderer.header(assessmentWith()), "", "No concerns.");
  }

  @Test
  void wrap_shortText_isOneLine() {
    assertThat(TextRenderer.wrap("  one  two ", 10)).containsExactly("one two");
  }

  @Test
  void wrap_breaksAtSpacesWithinWidth() {
    assertThat(TextRenderer.wrap("aaa bbb ccc ddd", 7)).containsExactly("aaa bbb", "ccc ddd");
  }

  @Test
  void wrap_wordLongerThanWidth_isCut() {
    assertThat(TextRenderer.wrap("x abcdefghij y", 4)).containsExactly("x", "abcd", "efgh", "ij y");
  }

  @Test
  void wrap_emptyText_isOneEmptyLine() {
    assertThat(TextRenderer.wrap("", 10)).containsExactly("");
  }
}
