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
    deal("large", 2e9); // above either cap: a filing duty's score does not depend on how far past it lies

    Invocation run = Invocation.of("diff", "--after", raisedCap().toString(), temp.resolve("cases").toString());

    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.outLines()).containsExactly(
        "between (" + temp.resolve("cases/between.yaml") + ")",
        "  - removed    US-HSR-SOT-ABOVE-CAP [deal]  rank 1, low, score 20.0",
        "",
        "1 of 3 cases changed: 0 added, 1 removed, 0 re-ranked, 0 severity changed, 0 score changed");
  }

  @Test
  void scoreChange_andFailOnChange_exit1() throws Exception {
    // Combined share 20 + 10 = 30%: 20% past the EU 25% indication (score 50 + 10 × 0.2 = 52.0);
    // with the indication raised to 28% it is 7.1% past (50.7).
    Path merger = temp.resolve("merger.yaml");
    Files.writeString(merger, "id: merger\nasOf: 2026-05-06\n"
        + "markets: [{id: m, shares: {buyer: 20, target: 10, rival: 70}}]\n"
        + "companies: [{id: buyer}, {id: target}, {id: rival}]\n"
        + "agreements: [{id: deal, kind: merger, parties: [buyer, target], markets: [m]}]\n");
    Path after = Files.createDirectories(temp.resolve("after-share"));
    Files.writeString(after.resolve("thresholds.csv"), "key,value,unit,jurisdiction,valid_from,valid_to,source\n"
        + "eu.hmg.combined-share.safe,28,percent,EU,2004-02-05,,test: raised indication\n");

    Invocation run = Invocation.of("diff", "--fail-on-change", "--after", after.toString(), merger.toString());

    assertThat(run.exitCode()).as("%s", run).isEqualTo(1);
    assertThat(run.outLines()).containsExactly(
        "merger (" + merger + ")",
        "  ~ score      EU-HMG-P18-SHARE [deal, m]  52.0 -> 50.7",
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
