package dev.antitrust.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code antitrust diff}: one threshold changed in a rule folder names exactly the cases it moves. */
class DiffCommandTest {
  @TempDir
  Path temp;

  private Path deal(String name, double value) throws Exception {
    Path cases = temp.resolve("cases");
    Files.createDirectories(cases);
    Path file = cases.resolve(name + ".yaml");
    Files.writeString(file, "id: " + name + "\nasOf: 2026-05-06\ncompanies: [{id: buyer}, {id: target}]\n"
        + "agreements:\n  - {id: deal, kind: acquisition, parties: [buyer, target], value: " + value
        + ", votingRights: true}\n");
    return file;
  }

  /** A folder that raises the 2026 HSR cap from $535.5m to $600m. */
  private Path raisedCap() throws Exception {
    Path dir = temp.resolve("after");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("thresholds.csv"), "key,value,unit,jurisdiction,valid_from,valid_to,source\n"
        + "us.hsr.regardless-of-size-of-person,600000000,USD,US,2026-02-17,,test: raised cap\n");
    return dir;
  }

  @Test
  void raisedThreshold_namesOnlyTheCaseItMoves() throws Exception {
    deal("small", 100e6); // below both caps
    deal("between", 550e6); // above $535.5m, below $600m
    deal("large", 2e9); // more than twice either cap: the score's margin is capped at 100%, so it stays 40.0

    Invocation run = Invocation.of("diff", "--after", raisedCap().toString(), temp.resolve("cases").toString());

    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.outLines()).containsExactly(
        "between (" + temp.resolve("cases/between.yaml") + ")",
        "  - removed    US-HSR-SOT-ABOVE-CAP [deal]  rank 1, low, score 30.3",
        "",
        "1 of 3 cases changed: 0 added, 1 removed, 0 re-ranked, 0 severity changed, 0 score changed");
  }

  @Test
  void scoreChange_andFailOnChange_exit1() throws Exception {
    Path large = deal("large", 900e6);

    Invocation run = Invocation.of("diff", "--fail-on-change", "--after", raisedCap().toString(), large.toString());

    assertThat(run.exitCode()).as("%s", run).isEqualTo(1);
    assertThat(run.outLines()).containsExactly(
        "large (" + large + ")",
        "  ~ score      US-HSR-SOT-ABOVE-CAP [deal]  36.8 -> 35.0",
        "",
        "1 of 1 cases changed: 0 added, 0 removed, 0 re-ranked, 0 severity changed, 1 score changed");
  }

  @Test
  void sameRules_nothingChanges_exit0EvenWithFailOnChange() throws Exception {
    Path small = deal("small", 100e6);
    Path empty = Files.createDirectories(temp.resolve("empty"));

    Invocation run = Invocation.of("diff", "--fail-on-change", "--after", empty.toString(), small.toString());

    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.outLines()).containsExactly(
        "0 of 1 cases changed: 0 added, 0 removed, 0 re-ranked, 0 severity changed, 0 score changed");
  }

  @Test
  void unreadableCase_reportedAndExit2() throws Exception {
    Path bad = temp.resolve("bad.yaml");
    Files.writeString(bad, "id: bad\n");

    Invocation run = Invocation.of("diff", "--after", raisedCap().toString(), bad.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).last().isEqualTo("1 case could not be compared");
  }
}
