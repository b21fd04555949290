package dev.antitrust.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.antitrust.engine.RulePackException;
import dev.antitrust.model.Problem;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The --watch loop on its own, with a stand-in for the run: no rules are compiled. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class WatchLoopTest {
  @TempDir Path temp;

  @Test
  void runsOnce_thenOnEachChange_reportsAFailedRun_andGoesOn() throws Exception {
    Path rules = Files.createDirectories(temp.resolve("rules"));
    Path drl = Files.writeString(rules.resolve("mine.drl"), "package x;\n");
    Path caseFile = Files.writeString(temp.resolve("deal.yaml"), "id: a\n");
    BlockingQueue<Boolean> runs = new LinkedBlockingQueue<>();
    StringWriter transcript = new StringWriter();
    PrintWriter both = new PrintWriter(transcript);
    AtomicInteger count = new AtomicInteger();
    WatchLoop loop = new WatchLoop(List.of(rules), List.of(caseFile), rulesChanged -> {
      runs.add(rulesChanged);
      if (count.incrementAndGet() == 2) {
        throw new RulePackException(List.of(new Problem(drl.toString(), 3, 7, "no viable alternative")));
      }
      both.println("run " + count);
    }, both, both, false);
    CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(loop::run);

    assertThat(runs.poll(30, TimeUnit.SECONDS)).as("first run").isTrue();
    awaitText(transcript, "for changes (Ctrl-C to stop)", exit);
    Files.writeString(caseFile, "id: b\n");
    assertThat(runs.poll(30, TimeUnit.SECONDS)).as("run after the case changed").isFalse();
    awaitText(transcript, "not run: fix the problems above and save to run again", exit);
    Files.writeString(drl, "package y;\n");
    assertThat(runs.poll(30, TimeUnit.SECONDS)).as("run after the rules changed").isTrue();
    awaitText(transcript, "run 3", exit);
    loop.stop();

    assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
    List<String> lines = transcript.toString().lines().toList();
    assertThat(lines).hasSize(7);
    assertThat(lines.get(0)).isEqualTo("run 1");
    assertThat(lines.get(1)).isEqualTo("watching " + rules + "/ and " + caseFile + " for changes (Ctrl-C to stop)");
    assertThat(lines.get(2)).matches("--- \\d\\d:\\d\\d:\\d\\d " + caseFile + " changed; running again ---");
    assertThat(lines.subList(3, 5)).containsExactly(drl + ":3:7: no viable alternative",
        "not run: fix the problems above and save to run again");
    assertThat(lines.get(5)).matches("--- \\d\\d:\\d\\d:\\d\\d " + drl + " changed; running again ---");
    assertThat(lines.get(6)).isEqualTo("run 3");
  }

  @Test
  void folderThatCannotBeWatched_exit2_withTheReason() {
    StringWriter err = new StringWriter();
    Path missing = temp.resolve("missing/deal.yaml");
    WatchLoop loop = new WatchLoop(List.of(), List.of(missing), rulesChanged -> {}, new PrintWriter(new StringWriter()),
        new PrintWriter(err), false);

    assertThat(loop.run()).isEqualTo(2);
    assertThat(err.toString().lines()).containsExactly(
        "antitrust: cannot watch " + missing + " for changes: no such folder " + missing.getParent());
  }

  @Test
  void stopBeforeRun_endsAtOnce_withoutRunning() {
    WatchLoop loop = new WatchLoop(List.of(temp), List.of(), rulesChanged -> {
      throw new AssertionError("ran");
    }, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), false);
    loop.stop();
    assertThat(loop.run()).isZero();
  }

  @Test
  void describeAndSeparator_nameFoldersWithASlash_andCountPastFour() {
    assertThat(WatchLoop.describe(List.of(Path.of("my-rules")), List.of(Path.of("deal.yaml"))))
        .isEqualTo("my-rules/ and deal.yaml");
    assertThat(WatchLoop.describe(List.of(Path.of("a"), Path.of("b/")), List.of(Path.of("c.yaml"))))
        .isEqualTo("a/, b/ and c.yaml");
    List<Path> five = List.of(Path.of("1.drl"), Path.of("2.drl"), Path.of("3.drl"), Path.of("4.drl"), Path.of("5.drl"));
    assertThat(WatchLoop.separator(five, LocalTime.of(9, 5, 7)))
        .isEqualTo("--- 09:05:07 1.drl, 2.drl, 3.drl and 2 more files changed; running again ---");
    assertThat(WatchLoop.separator(List.of(Path.of("t.csv")), LocalTime.of(14, 3, 12)))
        .isEqualTo("--- 14:03:12 t.csv changed; running again ---");
  }

  /**
   * Waits until the text shows {@code expected}, failing when {@code running} ends first or after
   * 120 s: the built-in pack compiles in seconds, but in a minute on a loaded machine.
   */
  static void awaitText(StringWriter text, String expected, CompletableFuture<?> running) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!text.toString().contains(expected)) {
      assertThat(System.nanoTime() < deadline).as("'%s' within 120 s in:%n%s", expected, text).isTrue();
      assertThat(running.isDone() && !text.toString().contains(expected))
          .as("the command ended before '%s':%n%s", expected, text).isFalse();
      Thread.sleep(20);
    }
  }
}
