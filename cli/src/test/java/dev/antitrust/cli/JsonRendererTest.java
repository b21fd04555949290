package dev.antitrust.cli;

import static dev.antitrust.cli.Fixtures.assessmentWith;
import static dev.antitrust.model.Severity.HIGH;
import static dev.antitrust.model.Severity.INFO;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.antitrust.model.Assessment;
import dev.antitrust.model.Concern;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonRendererTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static String render(boolean several, Assessment... assessments) {
    StringWriter text = new StringWriter();
    try (PrintWriter out = new PrintWriter(text)) {
      new JsonRenderer().render(List.of(assessments), several, out);
    }
    return text.toString();
  }

  private static List<String> componentNames(Class<? extends Record> type) {
    return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void render_oneCase_writesOneObjectWithFieldsInRecordOrder() throws Exception {
    JsonNode json = MAPPER.readTree(render(false, assessmentWith(HIGH, INFO)));

    assertThat(json.isObject()).isTrue();
    assertThat(fieldNames(json)).isEqualTo(componentNames(Assessment.class));
    // explanation is left out unless --explain asked for one.
    assertThat(fieldNames(json.get("concerns").get(0)))
        .isEqualTo(componentNames(Concern.class).stream().filter(n -> !n.equals("explanation")).toList());
    assertThat(fieldNames(json.get("rulePack"))).containsExactly("version", "sha256", "sources", "disabled", "trustedRules");
  }

  @Test
  void render_datesAndEnums_areIsoStringsAndWireNames() throws Exception {
    JsonNode json = MAPPER.readTree(render(false, assessmentWith(HIGH)));
    JsonNode concern = json.get("concerns").get(0);

    assertThat(json.get("asOf").textValue()).isEqualTo("2026-05-06");
    assertThat(concern.get("severity").textValue()).isEqualTo("high");
    assertThat(concern.get("category").textValue()).isEqualTo("exclusive-dealing");
    assertThat(concern.get("score").doubleValue()).isEqualTo(87.25);
    assertThat(concern.get("thresholds").get("foreclosure.share").doubleValue()).isEqualTo(30.0);
  }

  @Test
  void render_severalCases_writesAnArray() throws Exception {
    JsonNode json = MAPPER.readTree(render(true, assessmentWith(HIGH), assessmentWith()));

    assertThat(json.isArray()).isTrue();
    assertThat(json).hasSize(2);
    assertThat(json.get(1).get("concerns")).isEmpty();
  }

  @Test
  void render_severalCasesNoneAssessed_writesAnEmptyArray() {
    assertThat(render(true)).isEqualToIgnoringNewLines("[]");
  }

  @Test
  void render_oneCaseNotAssessed_writesNothing() {
    assertThat(render(false)).isEmpty();
  }

  @Test
  void render_isPrettyPrintedWithOneFieldPerLine() {
    String text = render(false, assessmentWith(INFO));

    assertThat(text).contains("\n  \"caseId\": \"deal-1\",\n").contains("\"subjects\": [\n");
    assertThat(text).endsWith("}" + System.lineSeparator());
  }
}
