package dev.antitrust.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code antitrust batch} end to end, in-process, on generated corpora. The built-in engine is
 * compiled once for the whole class (see {@link EngineCache}), so each run costs only its cases.
 */
class BatchCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int CASES = 60;

  @TempDir
  static Path corpora;

  @TempDir
  Path temp;

  private static Path clean;
  private static Path damaged;
  private static Set<Integer> damagedLines;

  @BeforeAll
  static void generateCorpora() throws IOException {
    clean = corpora.resolve("clean.jsonl");
    damaged = corpora.resolve("damaged.jsonl");
    Invocation.of("generate", "--cases", "" + CASES, "--seed", "21", "--out", clean.toString());
    Invocation.of("generate", "--cases", "" + CASES, "--seed", "21", "--corrupt", "25", "--out", damaged.toString());
    List<String> good = Files.readAllLines(clean);
    List<String> bad = Files.readAllLines(damaged);
    damagedLines = new TreeSet<>();
    for (int i = 0; i < CASES; i++) {
      if (!good.get(i).equals(bad.get(i))) {
        damagedLines.add(i + 1);
      }
    }
  }

  private static List<JsonNode> records(String jsonLines) throws IOException {
    List<JsonNode> records = new ArrayList<>();
    for (String line : jsonLines.lines().toList()) {
      records.add(MAPPER.readTree(line));
    }
    return records;
  }

  @Test
  void batch_damagedCorpus_oneRecordPerCaseAndErrorsPointAtTheirLines() throws IOException {
    Path out = temp.resolve("r.jsonl");

    Invocation run = Invocation.of("batch", damaged.toString(), "--out", out.toString(), "--quiet");

    assertThat(damagedLines).as("the corpus has damaged lines to find").hasSizeGreaterThan(5);
    assertThat(run.exitCode()).as("%s", run).isEqualTo(ExitCodes.INVALID);
    List<JsonNode> records = records(Files.readString(out));
    assertThat(records).hasSize(CASES);
    Set<Integer> errorLines = new TreeSet<>();
    for (int i = 0; i < CASES; i++) {
      JsonNode error = records.get(i).get("error");
      if (error != null) {
        assertThat(error.get("source").textValue()).isEqualTo(damaged + ":" + (i + 1));
        assertThat(error.get("messages").get(0).textValue()).startsWith(damaged + ":" + (i + 1));
        errorLines.add(i + 1);
      } else {
        assertThat(records.get(i).get("caseId").textValue()).isEqualTo("gen-21-" + (i + 1));
      }
    }
    assertThat(errorLines).isEqualTo(damagedLines);
    int errors = damagedLines.size();
    assertThat(run.errLines()).first().asString()
        .startsWith(CASES + " cases: " + (CASES - errors) + " results, " + errors + " errors");
    JsonNode counts = MAPPER.readTree(BatchTask.runRecordPath(out).toFile()).get("counts");
    assertThat(counts.get("inputs").asLong()).isEqualTo(CASES);
    assertThat(counts.get("results").asLong() + counts.get("errors").asLong()).isEqualTo(CASES);
  }

  @Test
  void batch_oneThreadOrTwo_byteIdenticalOutput() {
    Invocation one = Invocation.of("batch", damaged.toString(), "--threads", "1", "--quiet");
    Invocation two = Invocation.of("batch", damaged.toString(), "--threads", "2", "--quiet");

    assertThat(one.outLines()).hasSize(CASES);
    assertThat(two.out()).isEqualTo(one.out());
  }

  @Test
  void batch_mixedInputs_recordsInTheOrderGiven() throws IOException {
    Path cases = Files.createDirectories(temp.resolve("cases/nested"));
    try (InputStream sample = getClass().getClassLoader().getResourceAsStream(AssessTask.SAMPLE_RESOURCE)) {
      Files.copy(sample, cases.resolve("b-sample.yaml"));
    }
    Files.writeString(cases.resolve("a-broken.json"), "{\"id\": \"broken\", \"asOf\": \"2026-13-01\"}");
    Files.writeString(cases.resolve("ignored.txt"), "not a case");
    List<String> lines = Files.readAllLines(clean);
    String stdin = lines.get(2) + "\n" + lines.get(3) + "\n";

    Invocation run = Invocation.withStdin(stdin, "batch", clean.toString(), temp.resolve("cases").toString(), "-", "--quiet");

    List<JsonNode> records = records(run.out());
    List<String> ids = records.stream()
        .map(r -> r.has("error") ? "error:" + r.get("error").get("source").textValue() : r.get("caseId").textValue())
        .toList();
    List<String> expected = new ArrayList<>();
    for (int i = 1; i <= CASES; i++) {
      expected.add("gen-21-" + i);
    }
    expected.add("error:" + cases.resolve("a-broken.json"));
    expected.add("spacexai-anthropic-colossus");
    expected.add("gen-21-3");
    expected.add("gen-21-4");
    assertThat(ids).isEqualTo(expected);
    assertThat(records.get(CASES).get("error").get("caseId").textValue()).isEqualTo("broken");
    assertThat(run.exitCode()).as("%s", run).isEqualTo(ExitCodes.INVALID);
  }

  @Test
  void batch_csv_documentedHeaderAndRowsForConcernsCasesWithoutAndErrors() {
    Invocation run = Invocation.of("batch", damaged.toString(), "--format", "csv", "--quiet");

    List<String> rows = run.outLines();
    assertThat(rows.get(0)).isEqualTo("case_id,source,as_of,status,rank,score,severity,rule_id,"
        + "jurisdiction,category,subjects,finding,error");
    assertThat(rows.subList(1, rows.size()))
        .anySatisfy(r -> assertThat(r).matches("gen-21-\\d+,\\S+:\\d+,20\\d\\d-\\d\\d-\\d\\d,concern,1,\\d+\\.\\d,\\w+,.*"))
        .anySatisfy(r -> assertThat(r).matches("gen-21-\\d+,\\S+:\\d+,20\\d\\d-\\d\\d-\\d\\d,none,,,,,,,,,"))
        .anySatisfy(r -> assertThat(r).matches("[^,]*,\\S+:\\d+,,error,,,,,,,,,.+"));
    long errorRows = rows.stream().filter(r -> r.contains(",error,")).count();
    assertThat(errorRows).isEqualTo(damagedLines.size());
  }

  @Test
  void batch_json_oneArrayWithARecordPerCase() throws IOException {
    Invocation run = Invocation.of("batch", damaged.toString(), "--format", "json", "--quiet");

    JsonNode array = MAPPER.readTree(run.out());
    assertThat(array.isArray()).isTrue();
    assertThat(array.size()).isEqualTo(CASES);
  }

  @Test
  void batch_cleanCorpus_exits0AndFailOnHighExits1() {
    Invocation plain = Invocation.of("batch", clean.toString(), "--quiet");
    Invocation gated = Invocation.of("batch", clean.toString(), "--quiet", "--fail-on", "high");

    assertThat(plain.exitCode()).as("%s", plain).isEqualTo(ExitCodes.DONE);
    assertThat(plain.out()).doesNotContain("\"error\"");
    assertThat(gated.exitCode()).as("%s", gated).isEqualTo(ExitCodes.CONCERNS);
  }

  @Test
  void batch_maxErrors_stopsAtThatErrorAndSaysSo() throws IOException {
    Path out = temp.resolve("r.jsonl");
    int third = new ArrayList<>(damagedLines).get(2);

    Invocation run = Invocation.of("batch", damaged.toString(), "--out", out.toString(), "--max-errors", "3", "--quiet");

    assertThat(run.exitCode()).as("%s", run).isEqualTo(ExitCodes.INVALID);
    List<JsonNode> records = records(Files.readString(out));
    assertThat(records).hasSize(third);
    assertThat(records.get(third - 1).get("error").get("source").textValue()).isEqualTo(damaged + ":" + third);
    assertThat(run.errLines()).first().asString().startsWith(third + " cases: " + (third - 3) + " results, 3 errors");
    assertThat(run.errLines()).contains("stopped early at " + damaged + ":" + third
        + ": 3 errors reached --max-errors; later cases were not assessed");
    JsonNode record = MAPPER.readTree(BatchTask.runRecordPath(out).toFile());
    assertThat(record.get("stoppedEarly").asBoolean()).isTrue();
    assertThat(record.get("exitCode").asInt()).isEqualTo(ExitCodes.INVALID);
  }

  @Test
  void batch_ruleThatThrows_errorRecordNamesTheRuleAndTheRunGoesOn() throws IOException {
    Path rules = Files.createDirectories(temp.resolve("rules/boom"));
    Files.writeString(rules.resolve("boom.drl"), String.join("\n",
        "package dev.antitrust.rules.boom;",
        "import dev.antitrust.model.Case;",
        "rule \"boom\"",
        "  @id(\"T-BOOM\") @title(\"Throws\") @category(\"dominance\") @jurisdiction(\"US\")",
        "  @severity(\"high\") @citation(\"Test Act §1\")",
        "when",
        "  Case( notes == \"boom\" )",
        "then",
        "  int zero = 0;",
        "  int fails = 1 / zero;",
        "end", ""));
    List<String> lines = Files.readAllLines(clean).subList(0, 3);
    String stdin = lines.get(0) + "\n" + lines.get(1).replaceAll("\"notes\":\"[^\"]*\"", "\"notes\":\"boom\"")
        + "\n" + lines.get(2) + "\n";

    Invocation run = Invocation.withStdin(stdin, "batch", "-", "--rules", temp.resolve("rules").toString(), "--quiet");

    List<JsonNode> records = records(run.out());
    assertThat(records).hasSize(3);
    assertThat(records.get(0).get("caseId").textValue()).isEqualTo("gen-21-1");
    JsonNode error = records.get(1).get("error");
    assertThat(error.get("caseId").textValue()).isEqualTo("gen-21-2");
    assertThat(error.get("source").textValue()).isEqualTo("<stdin>:2");
    assertThat(error.get("rule").textValue()).isEqualTo("T-BOOM");
    assertThat(error.get("messages").get(0).textValue()).contains("rule T-BOOM failed: ArithmeticException");
    assertThat(records.get(2).get("caseId").textValue()).isEqualTo("gen-21-3");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
  }

  @Test
  void batch_slowRuleOverCaseTimeout_errorRecordNamesTheRuleAndTheRunGoesOn() throws IOException {
    Path rules = Files.createDirectories(temp.resolve("rules/slow"));
    Files.writeString(rules.resolve("slow.drl"), String.join("\n",
        "package dev.antitrust.rules.slow;",
        "import dev.antitrust.model.Case;",
        "declare Tick n : int end",
        "rule \"slow\" @indicator(\"counts slowly forever\") salience 100",
        "when $t : Tick()",
        "then double x = 0; for (int i = 0; i < 200000; i++) { x += Math.sqrt(i + x % 7); }",
        "  insert(new Tick($t.getN() + 1)); end",
        "rule \"start\" @indicator(\"starts\") salience 100 when Case( notes == \"slow\" )",
        "then insert(new Tick(0)); end", ""));
    List<String> lines = Files.readAllLines(clean).subList(0, 3);
    String stdin = lines.get(0) + "\n" + lines.get(1).replaceAll("\"notes\":\"[^\"]*\"", "\"notes\":\"slow\"")
        + "\n" + lines.get(2) + "\n";

    // 5 s, not less: the built-in pack runs with it, and its first cases in a cold JVM on a busy
    // machine take some hundred milliseconds.
    Invocation run = Invocation.withStdin(stdin, "batch", "-", "--rules", temp.resolve("rules").toString(), "--quiet",
        "--threads", "1", "--case-timeout", "5s");

    List<JsonNode> records = records(run.out());
    assertThat(records).as("%s", run).hasSize(3);
    JsonNode error = records.get(1).get("error");
    assertThat(error.get("caseId").textValue()).isEqualTo("gen-21-2");
    assertThat(error.get("rule").textValue()).isEqualTo("\"slow\"");
    assertThat(error.get("messages").get(0).textValue())
        .matches(".*stopped after the time budget of 5 s; rule \"slow\" fired most \\(\\d+ times\\): does it loop\\?");
    // The next case runs in full: the halt of the case before does not reach it.
    assertThat(records.get(2).get("caseId")).as("%s", run).isNotNull();
    assertThat(records.get(2).get("caseId").textValue()).isEqualTo("gen-21-3");
  }

  @Test
  void batch_caseTimeoutNotADuration_usageError() {
    Invocation run = Invocation.of("batch", "-", "--case-timeout", "soon");

    assertThat(run.exitCode()).as("%s", run).isEqualTo(ExitCodes.INVALID);
    assertThat(run.errLines().get(0)).isEqualTo(
        "Invalid value for option '--case-timeout': 'soon' is not a positive duration such as 10s, 500ms or 2m");
  }

  @Test
  void batch_missingInput_isAUsageErrorAndWritesNothing() throws IOException {
    Path out = temp.resolve("r.jsonl");

    Invocation run = Invocation.of("batch", temp.resolve("nope.jsonl").toString(), "--out", out.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.errLines()).first().asString().isEqualTo("No such file or directory: '" + temp.resolve("nope.jsonl") + "'");
    try (Stream<Path> files = Files.list(temp)) {
      assertThat(files).isEmpty();
    }
  }
}
