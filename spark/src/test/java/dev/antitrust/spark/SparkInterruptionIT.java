package dev.antitrust.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.antitrust.cli.Main;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code batch --engine spark --out FILE}, stopped by SIGTERM while the job runs, as Ctrl-C (SIGINT,
 * handled the same way by the JVM) or a CI timeout would: no output and no part files are left, and
 * the run record beside the output says the run was interrupted, as batch's does.
 */
class SparkInterruptionIT {
  /** A trusted rule that makes every case take a tenth of a second, so the job is still running when stopped. */
  private static final String SLOW_RULE = """
      package slow;

      import dev.antitrust.model.Case;

      rule "every case takes a tenth of a second"
        @indicator("keeps the job running until the test stops it")
        salience 100
      when
        Case()
      then
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      end
      """;

  @TempDir
  Path dir;

  @Test
  void sparkBatch_terminatedMidRun_leavesNoOutputAndAnInterruptedRunRecord() throws Exception {
    Path corpus = Corpus.generate(dir, "cases.jsonl", 300, 12, 0);
    Path rules = Files.createDirectories(dir.resolve("slow-rules"));
    Files.writeString(rules.resolve("slow.drl"), SLOW_RULE);
    Path outDir = Files.createDirectories(dir.resolve("out"));
    Path target = outDir.resolve("r.jsonl");
    Path runRecord = outDir.resolve("r.jsonl.run.json");
    Path log = dir.resolve("batch.log");

    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(Arrays.asList(Files.readString(Path.of("target", "launcher", "jvm-flags.txt")).trim().split("\\s+")));
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "batch",
        "--engine", "spark", "--master", "local[1]", "--rules", rules.toString(), "--trust-rules",
        corpus.toString(), "--out", target.toString()));
    Process batch = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      // The job's output directory appears inside the hidden work directory once the cases are being assessed.
      long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
      while (!assessing(outDir) && batch.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(200);
      }
      assertThat(assessing(outDir)).as(Files.readString(log)).isTrue();
      Thread.sleep(1000);
      assertThat(batch.isAlive()).as("still running: 300 cases at 0.1 s each take 30 s").isTrue();

      batch.toHandle().destroy();
      assertThat(batch.waitFor(60, TimeUnit.SECONDS)).isTrue();

      String stderr = Files.readString(log);
      assertThat(children(outDir)).as(stderr).containsExactly(runRecord);
      JsonNode record = JsonMapper.builder().build().readTree(runRecord.toFile());
      assertThat(record.get("status").asText()).isEqualTo("interrupted");
      assertThat(record.get("exitCode").isNull()).isTrue();
      assertThat(record.get("partitions").isNull()).isTrue();
      assertThat(record.get("inputs").get(0).get("cases").isNull()).isTrue();
      JsonNode counts = record.get("counts");
      assertThat(counts.get("inputs").asLong())
          .isEqualTo(counts.get("results").asLong() + counts.get("errors").asLong())
          .isLessThan(300);
      assertThat(stderr).contains("no output written; the run record says so");
    } finally {
      batch.destroyForcibly();
    }
  }

  private static boolean assessing(Path outDir) throws Exception {
    return children(outDir).stream()
        .anyMatch(p -> p.getFileName().toString().startsWith(".antitrust-spark-") && Files.isDirectory(p.resolve("records")));
  }

  private static List<Path> children(Path dir) throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList();
    }
  }
}
