package dev.antitrust.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code antitrust test}: golden cases written by hand, on the built-in pack. */
class TestCommandTest {
  @TempDir
  Path temp;

  private static final String HSR_CASE = String.join("\n",
      "case:",
      "  id: hsr-above",
      "  asOf: 2026-05-06",
      "  companies: [{id: buyer}, {id: target}]",
      "  agreements:",
      "    - {id: deal, kind: acquisition, parties: [buyer, target], value: 535.6e6, votingRights: true}",
      "");

  private Path golden(String name, String text) throws Exception {
    Path file = temp.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  @Test
  void handWrittenGoldenCase_passes_exit0() throws Exception {
    Path file = golden("hsr.golden.yaml", "name: HSR just above\n" + HSR_CASE
        + "expect:\n  - {rule: US-HSR-SOT-ABOVE-CAP, rank: 1, severity: low, evidence: {value: 535600000}}\n"
        + "expectAbsent: [US-HSR-SOT-SOP]\n");

    Invocation run = Invocation.of("test", file.toString());

    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.outLines()).containsExactly(
        "PASS  HSR just above  (" + file + ")", "", "1 golden case: 1 passed, 0 failed, 0 errors");
  }

  @Test
  void wrongExpectation_failsWithExpectedBesideActual_exit1() throws Exception {
    Path file = golden("hsr.golden.yaml", HSR_CASE
        + "expect:\n  - {rule: US-HSR-SOT-ABOVE-CAP, rank: 2, severity: high}\nexpectAbsent: [US-HSR-SOT-ABOVE-CAP]\n");

    Invocation run = Invocation.of("test", temp.toString());

    assertThat(run.exitCode()).as("%s", run).isEqualTo(1);
    assertThat(run.outLines()).containsExactly(
        "FAIL  hsr.golden.yaml  (" + file + ")",
        "      CHECK                          EXPECTED  ACTUAL",
        "      US-HSR-SOT-ABOVE-CAP rank      2         1",
        "      US-HSR-SOT-ABOVE-CAP severity  high      low",
        "      US-HSR-SOT-ABOVE-CAP absent    silent    fires at rank 1",
        "",
        "1 golden case: 0 passed, 1 failed, 0 errors");
  }

  @Test
  void badGoldenFile_isAnError_exit2() throws Exception {
    Path file = golden("bad.golden.yaml", "expect: []\n");

    Invocation run = Invocation.of("test", file.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.outLines()).startsWith("ERROR bad.golden.yaml  (" + file + ")",
        "      " + file + ": has neither case: (the case inline) nor casePath: (a case file)");
  }

  @Test
  void coverageAndFailUnder_listRulesNeverFired_andGate() throws Exception {
    Path file = golden("hsr.golden.yaml", HSR_CASE + "expect: [{rule: US-HSR-SOT-ABOVE-CAP}]\n");

    Invocation run = Invocation.of("test", "--fail-under", "90", file.toString());

    assertThat(run.exitCode()).as("%s", run).isEqualTo(1);
    assertThat(run.out()).containsPattern("Coverage: 1 of \\d+ rules fired in some golden case \\(\\d+\\.\\d%\\);"
        + " --fail-under 90\\.0%: NOT met").contains("  never fired: US-HSR-SOT-SOP");
    assertThat(run.out()).doesNotContain("never fired: US-HSR-SOT-ABOVE-CAP");
  }

  @Test
  void junitFormat_writesOneTestCasePerGoldenCase() throws Exception {
    golden("a.golden.yaml", "name: passes\n" + HSR_CASE + "expect: [{rule: US-HSR-SOT-ABOVE-CAP}]\n");
    golden("b.golden.yaml", "name: fails\n" + HSR_CASE + "expect: [{rule: US-HSR-SOT-ABOVE-CAP, rank: 3}]\n");

    Invocation run = Invocation.of("test", "--format", "junit", temp.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<testsuite name=\"antitrust golden cases\" tests=\"2\" failures=\"1\" errors=\"0\">\n")
        .contains("name=\"passes\"/>", "<failure message=\"1 of 2 checks failed\">US-HSR-SOT-ABOVE-CAP rank: expected 3,"
            + " actual 1</failure>");
  }

  @Test
  void missingPath_isAUsageError() {
    Invocation run = Invocation.of("test", temp.resolve("nope").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines().get(0)).isEqualTo("No such file or directory: '" + temp.resolve("nope") + "'");
  }
}
