package dev.antitrust.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.antitrust.model.Severity;
import dev.antitrust.model.WireName;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code antitrust assess} end to end, in-process. Most tests run the real engine on the bundled
 * sample case, so they need the engine and the rules module's sample to work.
 */
class AssessCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String TRY_ASSESS_HELP = "Try 'antitrust assess --help' for more information.";
  private static final Pattern ROW =
      Pattern.compile("^\\s*(\\d+)\\s+\\d+\\.\\d\\s+(critical|high|medium|low|info)\\s+\\S+\\s+[a-z-]+\\s+\\S.*\\S$");
  private static final List<String> CONCERN_FIELDS = List.of("rank", "score", "ruleId", "title",
      "category", "jurisdiction", "severity", "finding", "citation", "subjects", "evidence", "thresholds");

  @TempDir
  Path temp;

  private static Path resource(String name) throws Exception {
    return Path.of(AssessCommandTest.class.getResource(name).toURI());
  }

  /** A copy of the bundled sample case as a file, for runs that name case files. */
  private Path sampleFile() throws IOException {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(AssessTask.SAMPLE_RESOURCE)) {
      assertThat(in).as("bundled sample case on the classpath").isNotNull();
      Path file = temp.resolve("sample.yaml");
      Files.copy(in, file);
      return file;
    }
  }

  private static Severity highestSeverity(JsonNode assessment) {
    return StreamSupport.stream(assessment.get("concerns").spliterator(), false)
        .map(c -> WireName.lookup(Severity.class, c.get("severity").textValue()).orElseThrow())
        .min(Enum::compareTo)
        .orElseThrow();
  }

  @Test
  void bundledCase_text_exits0WithAtLeastFiveRankedRows() {
    Invocation run = Invocation.of("assess");

    assertThat(run.exitCode()).as("%s", run).isZero();
    List<Integer> ranks = run.outLines().stream().map(ROW::matcher).filter(Matcher::matches)
        .map(m -> Integer.parseInt(m.group(1))).toList();
    assertThat(ranks).hasSizeGreaterThanOrEqualTo(5)
        .isEqualTo(IntStream.rangeClosed(1, ranks.size()).boxed().toList());
    assertThat(run.outLines().get(0)).contains("spacexai-anthropic-colossus").containsPattern("sha256:[0-9a-f]{12}$");
    assertThat(run.outLines().get(2)).startsWith("RANK  SCORE  SEVERITY  JUR  CATEGORY").endsWith("RULE");
    assertThat(run.outLines()).last().asString().startsWith(ranks.size() + " concerns: ");
    assertThat(run.outLines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(160));
    assertThat(run.err()).isEmpty();
  }

  @Test
  void bundledCase_jsonWithAndWithoutTrustRules_rulePackSaysWhetherTheRulesWereTrusted() throws Exception {
    Invocation checked = Invocation.of("assess", "--format", "json");
    Invocation trusted = Invocation.of("assess", "--format", "json", "--trust-rules", "--case-timeout", "30s");

    assertThat(checked.exitCode()).as("%s", checked).isZero();
    assertThat(trusted.exitCode()).as("%s", trusted).isZero();
    assertThat(MAPPER.readTree(checked.out()).get("rulePack").get("trustedRules").booleanValue()).isFalse();
    assertThat(MAPPER.readTree(trusted.out()).get("rulePack").get("trustedRules").booleanValue()).isTrue();
  }

  @Test
  void bundledCase_json_parsesAndEveryConcernHasTheRequiredFields() throws Exception {
    Invocation run = Invocation.of("assess", "--format", "json");

    assertThat(run.exitCode()).as("%s", run).isZero();
    JsonNode json = MAPPER.readTree(run.out());
    assertThat(json.isObject()).isTrue();
    for (String field : List.of("caseId", "title", "asOf", "engineVersion", "rulePack", "concerns")) {
      assertThat(json.hasNonNull(field)).as(field).isTrue();
    }
    assertThat(json.get("asOf").textValue()).matches("\\d{4}-\\d{2}-\\d{2}");
    assertThat(json.get("rulePack").get("sha256").textValue()).matches("[0-9a-f]{64}");
    assertThat(json.get("rulePack").get("sources").isArray()).isTrue();
    assertThat(json.get("concerns")).hasSizeGreaterThanOrEqualTo(5).allSatisfy(concern -> {
      for (String field : CONCERN_FIELDS) {
        assertThat(concern.has(field)).as("%s in %s", field, concern).isTrue();
      }
      assertThat(concern.get("severity").textValue()).matches("critical|high|medium|low|info");
      assertThat(concern.get("category").textValue()).matches("[a-z]+(-[a-z]+)*");
      assertThat(concern.get("score").isNumber()).isTrue();
      assertThat(concern.get("subjects").isArray()).isTrue();
      assertThat(concern.get("evidence").isObject()).isTrue();
      assertThat(concern.get("thresholds").isObject()).isTrue();
    });
  }

  @Test
  void bundledCase_sameRunTwice_sameBytes() {
    assertThat(Invocation.of("assess", "--format", "json").out())
        .isEqualTo(Invocation.of("assess", "--format", "json").out());
  }

  @Test
  void bundledCase_failOnInfo_exits1() {
    Invocation run = Invocation.of("assess", "--fail-on", "INFO");

    assertThat(run.exitCode()).as("%s", run).isEqualTo(1);
    assertThat(run.err()).isEmpty();
  }

  @Test
  void bundledCase_failOnCritical_exits1OnlyWhenACriticalConcernIsRaised() throws Exception {
    Severity highest = highestSeverity(MAPPER.readTree(Invocation.of("assess", "--format", "json").out()));

    Invocation run = Invocation.of("assess", "--fail-on", "critical");

    assertThat(run.exitCode()).as("%s", run).isEqualTo(highest == Severity.CRITICAL ? 1 : 0);
  }

  @Test
  void bundledCase_failOnTheHighestSeverity_exits1AndOneBelowIt_exits0() throws Exception {
    Severity highest = highestSeverity(MAPPER.readTree(Invocation.of("assess", "--format", "json").out()));

    assertThat(Invocation.of("assess", "--fail-on", highest.wireName()).exitCode()).isEqualTo(1);
    if (highest != Severity.CRITICAL) {
      Severity above = Severity.values()[highest.ordinal() - 1];
      assertThat(Invocation.of("assess", "--fail-on", above.wireName()).exitCode()).isZero();
    }
  }

  @Test
  void asOf_replacesTheCasesDate() throws Exception {
    Invocation run = Invocation.of("assess", "--format", "json", "--as-of", "2026-06-01");

    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(MAPPER.readTree(run.out()).get("asOf").textValue()).isEqualTo("2026-06-01");
  }

  @Test
  void severalCases_json_writesAnArrayInTheOrderGiven() throws Exception {
    Path sample = sampleFile();

    Invocation run = Invocation.of("assess", "--format", "json", sample.toString(), sample.toString());

    assertThat(run.exitCode()).as("%s", run).isZero();
    JsonNode json = MAPPER.readTree(run.out());
    assertThat(json.isArray()).isTrue();
    assertThat(json).hasSize(2);
    assertThat(json.get(0)).isEqualTo(json.get(1));
  }

  @Test
  void missingCaseFile_exits2NamingTheFile() {
    String missing = temp.resolve("no-such-case.yaml").toString();

    Invocation run = Invocation.of("assess", missing);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly(missing + ": no such file", TRY_ASSESS_HELP);
    assertThat(run.out()).isEmpty();
  }

  @Test
  void missingCaseFileAmongGoodOnes_assessesTheRestAndExits2() throws Exception {
    Path sample = sampleFile();
    String missing = temp.resolve("no-such-case.yaml").toString();

    Invocation run = Invocation.of("assess", "--format", "json", missing, sample.toString());

    assertThat(run.exitCode()).as("%s", run).isEqualTo(2);
    assertThat(run.err()).contains(missing + ": no such file");
    JsonNode json = MAPPER.readTree(run.out());
    assertThat(json).hasSize(1);
    assertThat(json.get(0).get("concerns")).isNotEmpty();
  }

  @Test
  void misspeltField_exits2WithOneLineNamingFieldLineAndColumn() throws Exception {
    Invocation run = Invocation.of("assess", resource("misspelt-field.yaml").toString());

    assertThat(run.exitCode()).as("%s", run).isEqualTo(2);
    assertThat(run.errLines()).hasSize(2).last().isEqualTo(TRY_ASSESS_HELP);
    assertThat(run.errLines().get(0))
        .contains("misspelt-field.yaml:9:5: ")
        .contains("turnovr")
        .as("suggests the closest known field").contains("turnover");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void misspeltFieldVerboseAfterSubcommand_addsTheStackTrace() throws Exception {
    Invocation run = Invocation.of("assess", "--verbose", resource("misspelt-field.yaml").toString());

    assertThat(run.exitCode()).as("%s", run).isEqualTo(2);
    assertThat(run.err()).contains("CaseFileException", "\tat ");
  }

  @Test
  void drlSyntaxError_exits2NamingTheFileAndLine() throws IOException {
    Path area = Files.createDirectories(temp.resolve("rules/dev/antitrust/rules/broken"));
    Files.writeString(area.resolve("Broken.drl"), """
        package dev.antitrust.rules.broken;

        rule "broken"
        when
            $s : String( ) )
        then
        end
        """);

    Invocation run = Invocation.of("assess", "--rules", temp.resolve("rules").toString());

    assertThat(run.exitCode()).as("%s", run).isEqualTo(2);
    assertThat(run.errLines()).anySatisfy(line -> assertThat(line).containsPattern("Broken\\.drl:5(:\\d+)?: "))
        .last().isEqualTo(TRY_ASSESS_HELP);
    assertThat(run.err()).doesNotContain("internal error", "\tat ");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void earlyRuleDirectories_areGuessedOnlyForAPlainRun() throws IOException {
    Path a = Files.createDirectories(temp.resolve("a"));
    Path b = Files.createDirectories(temp.resolve("b"));

    assertThat(AssessCommand.earlyRuleDirectories("assess", "--rules", a.toString(), "case.yaml", "--rules=" + b))
        .contains(List.of(a, b));
    assertThat(AssessCommand.earlyRuleDirectories("assess", "case.yaml")).contains(List.of());
    assertThat(AssessCommand.earlyRuleDirectories("assess", "--help")).isEmpty();
    assertThat(AssessCommand.earlyRuleDirectories("assess", "--rules", a.toString(), "--trust-rules")).isEmpty();
    assertThat(AssessCommand.earlyRuleDirectories("assess", "--rules", a.toString(), "--case-timeout", "5s")).isEmpty();
    assertThat(AssessCommand.earlyRuleDirectories("assess", "--rules", a.toString(), "--watch")).isEmpty();
    assertThat(AssessCommand.earlyRuleDirectories("assess", "--rules", temp.resolve("missing").toString())).isEmpty();
    assertThat(AssessCommand.earlyRuleDirectories("assess", "--rules")).isEmpty();
  }

  /** The engine built early from the raw arguments is the one the parsed options ask for. */
  @Test
  void editedRuleFolder_itsEditShows_andAnotherRunSeesTheNextEdit() throws IOException {
    Path rules = temp.resolve("rules");
    assertThat(Invocation.of("rules", "export", rules.toString()).exitCode()).isEqualTo(0);
    Path table = rules.resolve("thresholds.csv");
    String text = Files.readString(table);

    Files.writeString(table, text.replace("AKZO v Commission", "Edited source AKZO"));
    Invocation edited = Invocation.of("assess", "--rules", rules.toString(), "--format", "json");
    Files.writeString(table, text);
    Invocation restored = Invocation.of("assess", "--rules", rules.toString(), "--format", "json");

    assertThat(edited.exitCode()).as("%s", edited).isIn(0, 1);
    assertThat(rulePackSha(edited)).isNotEqualTo(rulePackSha(restored));
    assertThat(restored.out()).isEqualTo(Invocation.of("assess", "--rules", rules.toString(), "--format", "json").out());
  }

  private static String rulePackSha(Invocation run) throws IOException {
    return MAPPER.readTree(run.out()).at("/rulePack/sha256").asText();
  }

  @Test
  void rulesNotADirectory_exits2BeforeLoadingRules() {
    String missing = temp.resolve("no-rules").toString();

    Invocation run = Invocation.of("assess", "--rules", missing);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly(
        "Invalid value for option '--rules': '" + missing + "' is not a directory", TRY_ASSESS_HELP);
  }

  @Test
  void unknownSeverity_exits2ListingTheSeverities() {
    Invocation run = Invocation.of("assess", "--fail-on", "severe");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly("Invalid value for option '--fail-on': 'severe' is not a "
        + "severity; expected one of critical, high, medium, low, info", TRY_ASSESS_HELP);
  }

  @Test
  void unknownFormat_exits2ListingTheFormats() {
    Invocation run = Invocation.of("assess", "--format", "xml");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines().get(0)).isEqualTo(
        "Invalid value for option '--format': 'xml' is not an output format; expected one of text, json, markdown, sarif, html");
  }

  @Test
  void badDate_exits2ShowingTheExpectedForm() {
    Invocation run = Invocation.of("assess", "--as-of", "06/05/2026");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines().get(0)).isEqualTo(
        "Invalid value for option '--as-of': '06/05/2026' is not an ISO date such as 2026-05-06");
  }
}
