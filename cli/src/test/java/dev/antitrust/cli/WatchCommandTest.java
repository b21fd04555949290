package dev.antitrust.cli;

import static dev.antitrust.cli.WatchLoopTest.awaitText;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code assess --watch} and {@code test --watch} on the built-in pack: the command runs on a
 * background thread, the test edits a file and reads the re-run, then stops the loop as Ctrl-C
 * would. Standard output and error go to one transcript, in the order written.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class WatchCommandTest {
  @TempDir Path temp;

  /** A deal 0.1m above the 2026 HSR cap of $535.5m. */
  private static final String HSR_CASE = String.join("\n",
      "id: hsr-above",
      "asOf: 2026-05-06",
      "companies: [{id: buyer}, {id: target}]",
      "agreements:",
      "  - {id: deal, kind: acquisition, parties: [buyer, target], value: 535.6e6, votingRights: true}",
      "");

  private static final String HEADER = "key,value,unit,jurisdiction,valid_from,valid_to,source\n";

  private static String capRow(String value) {
    return "us.hsr.regardless-of-size-of-person," + value + ",USD,US,2026-02-17,,\"our test cap\"\n";
  }

  /** A watch under way: its command's thread, its transcript and its loop. */
  private record Watch(CompletableFuture<Integer> exit, StringWriter transcript, AtomicReference<WatchLoop> loop) {
    void await(String expected) throws InterruptedException {
      awaitText(transcript, expected, exit);
    }

    int stop() throws Exception {
      loop.get().stop();
      return exit.get(60, TimeUnit.SECONDS);
    }
  }

  private static Watch start(Object command, AtomicReference<WatchLoop> loop, String... args) {
    StringWriter transcript = new StringWriter();
    PrintWriter both = new PrintWriter(transcript);
    return new Watch(CompletableFuture.supplyAsync(() -> Cli.execute(command, both, both, args)), transcript, loop);
  }

  @Test
  void assessWatch_editedThreshold_runsAgainWithTheNewRules() throws Exception {
    Path rules = Files.createDirectories(temp.resolve("my-rules"));
    Files.writeString(rules.resolve("thresholds.csv"), HEADER + capRow("535500000"));
    Path deal = Files.writeString(temp.resolve("deal.yaml"), HSR_CASE);
    AssessCommand command = new AssessCommand();
    AtomicReference<WatchLoop> loop = new AtomicReference<>();
    command.watching = loop::set;

    Watch watch = start(command, loop, "--watch", "--rules", rules.toString(), deal.toString());
    watch.await("watching " + rules + "/ and " + deal + " for changes (Ctrl-C to stop)");
    Files.writeString(rules.resolve("thresholds.csv"), HEADER + capRow("600000000"));
    watch.await(rules.resolve("thresholds.csv") + " changed; running again ---");
    watch.await("No concerns.");

    assertThat(watch.stop()).as("%s", watch.transcript()).isZero();
    // Two runs: the first above the $535.5m cap, the second with the cap raised to $600m.
    String[] runs = watch.transcript().toString().split("(?m)^--- \\d\\d:\\d\\d:\\d\\d .*\\R");
    assertThat(runs).hasSize(2);
    assertThat(runs[0]).contains("US-HSR-SOT-ABOVE-CAP", "1 concern: 1 low");
    assertThat(runs[1]).doesNotContain("US-HSR-SOT-ABOVE-CAP").contains("No concerns.");
  }

  @Test
  void testWatch_editedGoldenCase_runsAgain_andFailsReadably() throws Exception {
    Path golden = Files.writeString(temp.resolve("hsr.golden.yaml"), "name: HSR just above\ncasePath: deal.yaml\n"
        + "expect: [{rule: US-HSR-SOT-ABOVE-CAP, severity: low}]\n");
    Files.writeString(temp.resolve("deal.yaml"), HSR_CASE);
    TestCommand command = new TestCommand();
    AtomicReference<WatchLoop> loop = new AtomicReference<>();
    command.watching = loop::set;

    Watch watch = start(command, loop, "--watch", temp.toString());
    watch.await("watching " + temp + "/ for changes (Ctrl-C to stop)");
    Files.writeString(temp.resolve("deal.yaml"), HSR_CASE.replace("535.6e6", "535.4e6"));
    watch.await("0 passed, 1 failed");

    assertThat(watch.stop()).as("%s", watch.transcript()).isZero();
    List<String> lines = watch.transcript().toString().lines().toList();
    assertThat(lines).startsWith("PASS  HSR just above  (" + golden + ")", "", "1 golden case: 1 passed, 0 failed, 0 errors",
        "watching " + temp + "/ for changes (Ctrl-C to stop)");
    assertThat(lines.get(4)).matches("--- \\d\\d:\\d\\d:\\d\\d " + temp.resolve("deal.yaml") + " changed; running again ---");
    assertThat(lines.subList(5, lines.size())).startsWith("FAIL  HSR just above  (" + golden + ")");
  }

  @Test
  void watch_withNothingToWatch_isAUsageError() {
    Invocation run = Invocation.of("assess", "--watch");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly("--watch needs files to watch: give --rules DIR or CASE files",
        "Try 'antitrust assess --help' for more information.");
  }
}
