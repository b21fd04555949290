package dev.antitrust.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job's local mode, run as a user runs it ({@code antitrust batch --engine spark}), writes
 * the bytes {@code antitrust batch} writes for a generated corpus with damaged lines.
 */
class BatchParityTest {
  private static final int CASES = Integer.getInteger("antitrust.spark.parityCases", 10_000);

  @TempDir
  static Path dir;

  private static Path corpus;
  private static Corpus.Run batch;
  private static Corpus.Run spark;

  @BeforeAll
  static void runBoth() {
    LocalSpark.session();
    corpus = Corpus.generate(dir, "cases.jsonl", CASES, 9, 1);
    batch = Corpus.antitrust("batch", corpus.toString(), "--out", dir.resolve("batch.jsonl").toString(), "--quiet");
    spark = Corpus.antitrust("batch", "--engine", "spark", "--master", LocalSpark.MASTER, corpus.toString(),
        "--out", dir.resolve("spark.jsonl").toString(), "--quiet");
  }

  @Test
  void sparkRecords_areBatchRecordsByteForByte() throws IOException {
    assertThat(spark.err()).contains(String.format(java.util.Locale.ROOT, "%,d cases", CASES));
    assertThat(Files.readAllBytes(dir.resolve("spark.jsonl"))).isEqualTo(Files.readAllBytes(dir.resolve("batch.jsonl")));
  }

  @Test
  void damagedLines_becomeErrorRecords_andTheExitCodeSaysSo() throws IOException {
    List<String> records = Files.readAllLines(dir.resolve("spark.jsonl"));
    long errors = records.stream().filter(r -> r.startsWith("{\"error\":")).count();
    assertThat(records).hasSize(CASES);
    assertThat(errors).isPositive().isLessThan(CASES / 20);
    assertThat(spark.exitCode()).isEqualTo(batch.exitCode()).isEqualTo(2);
  }

  @Test
  void runRecord_countsReconcile() throws IOException {
    JsonNode run = JsonMapper.builder().build().readTree(dir.resolve("spark.jsonl.run.json").toFile());
    JsonNode batchRun = JsonMapper.builder().build().readTree(dir.resolve("batch.jsonl.run.json").toFile());
    JsonNode counts = run.path("counts");
    assertThat(counts.path("inputs").asLong()).isEqualTo(CASES)
        .isEqualTo(counts.path("results").asLong() + counts.path("errors").asLong());
    assertThat(counts).isEqualTo(batchRun.path("counts"));
    assertThat(run.path("rulePack")).isEqualTo(batchRun.path("rulePack"));
    assertThat(run.path("inputs").get(0).path("cases").asLong()).isEqualTo(CASES);
    assertThat(run.path("exitCode").asInt()).isEqualTo(2);
    assertThat(run.path("status").asText()).isEqualTo(batchRun.path("status").asText()).isEqualTo("complete");
  }
}
