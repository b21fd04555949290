package dev.antitrust.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
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

  /**
   * Runs {@code antitrust batch - --out r.jsonl} as a process, feeds it part of a corpus, and stops
   * it with SIGTERM, as Ctrl-C or a CI timeout would, while it waits for more input.
   */
  @Test
  void batch_killedMidRun_leavesNoOutputFile() throws Exception {
    Path target = temp.resolve("r.jsonl");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process batch = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "batch", "-", "--out", target.toString(), "--threads", "1")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    try {
      String corpus = Invocation.of("generate", "--cases", "30", "--seed", "6").out();
      BufferedWriter stdin = new BufferedWriter(new OutputStreamWriter(batch.getOutputStream(), StandardCharsets.UTF_8));
      stdin.write(corpus);
      stdin.flush(); // and keep it open: the run is mid-stream, waiting for more cases
      long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
      while (files().isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      List<Path> partial = files();
      assertThat(partial).as("the run opened its temporary output").hasSize(1);
      assertThat(partial.get(0).getFileName().toString()).startsWith(".r.jsonl.").endsWith(".partial");
      Thread.sleep(500);

      batch.destroy();
      assertThat(batch.waitFor(30, TimeUnit.SECONDS)).isTrue();

      assertThat(files()).isEmpty();
    } finally {
      batch.destroyForcibly();
    }
  }
}
