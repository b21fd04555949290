package dev.antitrust.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lines are cut and numbered as batch cuts and numbers them, wherever the splits fall: {@code \r\n}
 * line ends, empty lines, a byte-order mark, a last line without a line break, and splits of one
 * byte, so that every line starts at a split's edge somewhere.
 */
class SplitBoundariesTest {
  @TempDir
  Path dir;

  @BeforeAll
  static void spark() {
    LocalSpark.session();
  }

  @Test
  void oneByteSplits_numberEveryLineAsBatchDoes() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    for (String line : List.of("{\"id\":\"a\"}\r\n", "\n", "x\n", "\r\n", "{}\n", "[1,2]\r\n", "\n", "\n",
        "{\"id\":\"b\",\n", "\"not json\"\n", "{\"id\": \"c\"")) {
      bytes.write(line.getBytes(StandardCharsets.UTF_8));
    }
    bytes.write(new byte[] {'\n', (byte) 0xC3, '\n'});
    Path file = Files.write(dir.resolve("edges.jsonl"), bytes.toByteArray());

    String spark = sparkRecords(file, bytes.size());

    assertThat(spark).isEqualTo(batchRecords(file));
    assertThat(spark.lines()).hasSize(12);
  }

  @Test
  void generatedCorpus_manySplits_sameRecordsAsBatch() throws IOException {
    Path file = Corpus.generate(dir, "small.jsonl", 120, 5, 10);
    assertThat(sparkRecords(file, 37)).isEqualTo(batchRecords(file));
  }

  @Test
  void emptyFile_noRecords() throws IOException {
    Path file = Files.createFile(dir.resolve("empty.jsonl"));
    assertThat(sparkRecords(file, 3)).isEmpty();
    assertThat(batchRecords(file)).isEmpty();
  }

  private String sparkRecords(Path file, int partitions) throws IOException {
    RulePackShipment.Driver pack = RulePackShipment.prepare(List.of(), false, Optional.empty());
    ExecutorEngines.seed(pack);
    Path out = dir.resolve("out-" + System.nanoTime());
    SparkBatch.Result result = SparkBatch.run(LocalSpark.session(), pack.shipment(), InputFiles.local(List.of(file.toString())),
        out.toUri().toString(), SparkBatch.OutputFormat.JSONL, OptionalInt.of(partitions));
    Path joined = dir.resolve("joined-" + System.nanoTime());
    PartFiles.of(out).writeTo(joined);
    String records = Files.readString(joined);
    assertThat(result.counts().inputs()).isEqualTo(records.lines().count());
    return records;
  }

  private String batchRecords(Path file) throws IOException {
    Path out = dir.resolve("batch-" + System.nanoTime() + ".jsonl");
    Corpus.Run run = Corpus.antitrust("batch", file.toString(), "--out", out.toString(), "--quiet");
    assertThat(run.exitCode()).as(run.err()).isIn(0, 2);
    return Files.readString(out);
  }
}
