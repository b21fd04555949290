package dev.antitrust.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.antitrust.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Golden cases in YAML, run against a small pack whose one rule fires for a share above 40%. */
class GoldenCaseRunnerTest {
  @TempDir Path dir;
  private GoldenCaseRunner runner;

  private static final String CASE = String.join("\n",
      "case:",
      "  id: share-case",
      "  asOf: 2026-05-06",
      "  companies: [{id: a}, {id: b}]",
      "  markets:",
      "    - {id: m, name: Market, shares: {a: 60, b: 10}}",
      "");

  @BeforeEach
  void engine() {
    runner = new GoldenCaseRunner(TestPacks.engine(TestPacks.pack(dir.resolve("pack"), TestPacks.SHARE_RULE)));
  }

  private Path golden(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  @Test
  void inlineCase_rightExpectations_passes() throws IOException {
    Path file = golden("ok.golden.yaml", "name: share above 40%\n" + CASE
        + "expect:\n  - {rule: T-SHARE, rank: 1, severity: high, evidence: {test.share: 40}}\nexpectOrder: [T-SHARE]\n");

    GoldenResult result = runner.run(file);

    assertThat(result.passed()).as("%s", result).isTrue();
    assertThat(result.name()).isEqualTo("share above 40%");
    assertThat(result.fired()).containsExactly("T-SHARE");
    assertThat(result.checks()).extracting(GoldenCheck::what)
        .containsExactly("T-SHARE fires", "T-SHARE rank", "T-SHARE severity", "T-SHARE evidence test.share", "order");
  }

  @Test
  void wrongExpectations_failWithExpectedAndActual() throws IOException {
    Path file = golden("bad.golden.yaml", CASE
        + "expect:\n  - {rule: T-SHARE, rank: 2, severity: low, evidence: {test.share: 30}}\nexpectAbsent: [T-SHARE]\n");

    GoldenResult result = runner.run(file);

    assertThat(result.passed()).isFalse();
    assertThat(result.checks()).filteredOn(c -> !c.passed()).containsExactly(
        new GoldenCheck("T-SHARE rank", "2", "1", false),
        new GoldenCheck("T-SHARE severity", "low", "high", false),
        new GoldenCheck("T-SHARE evidence test.share", "30", "40", false),
        new GoldenCheck("T-SHARE absent", "silent", "fires at rank 1", false));
  }

  @Test
  void casePath_isRelativeToTheGoldenFile() throws IOException {
    Files.createDirectories(dir.resolve("cases"));
    Files.writeString(dir.resolve("cases/small.yaml"), "id: small\nasOf: 2026-05-06\ncompanies: [{id: a}, {id: b}]\n"
        + "markets: [{id: m, shares: {a: 40, b: 10}}]\n");
    Path file = golden("edge.golden.yaml", "casePath: cases/small.yaml\nexpectAbsent: [T-SHARE]\n");

    assertThat(runner.run(file).passed()).isTrue();
  }

  @Test
  void badInlineCase_problemsPointAtTheGoldenFilesLines() throws IOException {
    Path file = golden("typo.golden.yaml", CASE.replace("  companies:", "  companys:") + "expect: []\n");

    GoldenResult result = runner.run(file);

    assertThat(result.isError()).isTrue();
    // Line 6 of the golden file is line 5 of the case cut out of it; column 38 is 36 plus the indent.
    assertThat(result.problems()).extracting(Problem::toString)
        .contains(file + ":6:38: markets[0].shares.a: unknown company 'a'")
        .anySatisfy(p -> assertThat(p).startsWith(file + ":").contains("unknown field 'companys' in case"));
  }

  @Test
  void unknownKeyAndMissingCase_areProblems() throws IOException {
    Path file = golden("keys.golden.yaml", "expects: []\n");

    assertThat(runner.run(file).problems()).extracting(Problem::toString).containsExactly(
        file + ":1:1: unknown key 'expects'; known: case, casePath, expect, expectAbsent, expectOrder, name",
        file + ": has neither case: (the case inline) nor casePath: (a case file)");
  }

  @Test
  void directory_findsOnlyGoldenFiles_andCoverageNamesRulesNeverFired() throws IOException {
    golden("a.golden.yaml", CASE.replace("a: 60", "a: 30") + "expectAbsent: [T-SHARE]\n");
    golden("not-golden.yaml", "id: x\n");

    List<GoldenResult> results = runner.run(List.of(dir));

    assertThat(results).extracting(GoldenResult::name).containsExactly("a.golden.yaml");
    assertThat(runner.rulesNotFired(results)).containsExactly("T-SHARE");
  }
}
