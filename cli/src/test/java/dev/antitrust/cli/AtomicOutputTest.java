package dev.antitrust.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An output file appears complete or not at all: in-process, and when the process is killed. */
class AtomicOutputTest {
  @TempDir
  Path temp;

  private List<Path> files() throws Exception {
    try (Stream<Path> files = Files.list(temp)) {
      return files.toList();
    }
  }

  @Test
  void close_withoutCommit_leavesNeitherTargetNorTemporaryFile() throws Exception {
    Path target = temp.resolve("r.jsonl");
    try (AtomicOutput out = AtomicOutput.open(target)) {
      out.writer().write("{\"half\": ");
      out.writer().flush();
      assertThat(files()).containsExactly(out.temp());
    }
    assertThat(files()).isEmpty();
  }

  @Test
  void commit_replacesTheOldFileWithTheWholeText() throws Exception {
    Path target = temp.resolve("r.jsonl");
    Files.writeString(target, "old\n");
    try (AtomicOutput out = AtomicOutput.open(target)) {
      out.writer().write("new\n");
      assertThat(Files.readString(target)).isEqualTo("old\n");
      out.commit();
    }
    assertThat(Files.readString(target)).isEqualTo("new\n");
    assertThat(files()).containsExactly(target);
  }

  @Test
  void commit_afterCancel_isRefusedAndDiscardDeletesTheFile() throws Exception {
    Path target = temp.resolve("r.jsonl");
    try (AtomicOutput out = AtomicOutput.open(target, false)) {
      out.writer().write("partial\n");
      assertThat(out.cancel()).isTrue();

      assertThat(out.commit()).isFalse();
      assertThat(out.discard()).isTrue();
      assertThat(files()).isEmpty();
    }
  }

  @Test
  void discard_afterCommit_keepsTheOutput() throws Exception {
    Path target = temp.resolve("r.jsonl");
    try (AtomicOutput out = AtomicOutput.open(target)) {
      out.writer().write("whole\n");
      assertThat(out.commit()).isTrue();

      assertThat(out.cancel()).isFalse();
      assertThat(out.discard()).isFalse();
    }
    assertThat(Files.readString(target)).isEqualTo("whole\n");
  }

  /**
   * Runs {@code antitrust batch - --out r.jsonl} as a process, feeds it part of a corpus, waits until
   * it has assessed all of it, and stops it with SIGTERM, as Ctrl-C (SIGINT, handled the same way by
   * the JVM) or a CI timeout would, while it waits for more input: no output file is left, and the
   * run record beside it says the run was interrupted and how far it got.
   */
  @Test
  void batch_terminatedMidRun_leavesNoOutputAndAnInterruptedRunRecord() throws Exception {
    Path target = temp.resolve("r.jsonl");
    Path runRecord = temp.resolve("r.jsonl.run.json");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process batch = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "batch", "-", "--out", target.toString(), "--threads", "1")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    StringBuffer stderr = new StringBuffer();
    Thread errReader = new Thread(() -> {
      try (BufferedReader err = new BufferedReader(new InputStreamReader(batch.getErrorStream(), StandardCharsets.UTF_8))) {
        err.lines().forEach(line -> stderr.append(line).append('\n'));
      } catch (IOException e) {
        // The process is gone.
      }
    });
    errReader.start();
    try {
      String corpus = Invocation.of("generate", "--cases", "30", "--seed", "6", "--corrupt", "10").out();
      BufferedWriter stdin = new BufferedWriter(new OutputStreamWriter(batch.getOutputStream(), StandardCharsets.UTF_8));
      stdin.write(corpus);
      stdin.flush(); // and keep it open: the run is mid-stream, waiting for more cases
      // Without a terminal the batch logs its progress every 5 s; wait until it has done all 30.
      long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
      while (!stderr.toString().contains("batch: 30 cases") && batch.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(200);
      }
      assertThat(stderr.toString()).as("the batch's progress").contains("batch: 30 cases");
      assertThat(files()).as("only the temporary output so far").singleElement()
          .satisfies(f -> assertThat(f.getFileName().toString()).startsWith(".r.jsonl.").endsWith(".partial"));

      // SIGTERM through the handle, which, unlike Process.destroy, leaves standard input open: an end of
      // input now would let the run finish normally instead of being interrupted.
      batch.toHandle().destroy();
      assertThat(batch.waitFor(60, TimeUnit.SECONDS)).isTrue();
      errReader.join(10_000);

      assertThat(files()).containsExactly(runRecord);
      JsonNode record = new ObjectMapper().readTree(runRecord.toFile());
      assertThat(record.get("status").asText()).isEqualTo("interrupted");
      assertThat(record.get("exitCode").isNull()).isTrue();
      JsonNode counts = record.get("counts");
      assertThat(counts.get("inputs").asLong()).isEqualTo(30);
      assertThat(counts.get("results").asLong() + counts.get("errors").asLong()).isEqualTo(30);
      assertThat(stderr.toString()).contains("interrupted after 30 cases: no output written");
    } finally {
      batch.destroyForcibly();
    }
  }
}
