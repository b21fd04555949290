package dev.antitrust.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spark-submit job's other input and output: a table with one case per row, and Parquet. */
class TableAndParquetTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir
  static Path dir;

  private static Path corpus;
  private static String batch;

  @BeforeAll
  static void corpusAndBatch() throws IOException {
    LocalSpark.session();
    corpus = Corpus.generate(dir, "cases.jsonl", 150, 21, 8);
    Path out = dir.resolve("batch.jsonl");
    assertThat(Corpus.antitrust("batch", corpus.toString(), "--out", out.toString(), "--quiet").exitCode()).isEqualTo(2);
    batch = Files.readString(out);
  }

  @Test
  void table_oneCasePerRow_givesBatchRecords_withRowNumbers() throws IOException {
    SparkSession spark = LocalSpark.session();
    List<String> lines = Files.readAllLines(corpus);
    spark.createDataset(lines, Encoders.STRING()).toDF("case").createOrReplaceTempView("deals");
    Path out = dir.resolve("table-out");

    int exitCode = job("--table", "deals", "--out", out.toUri().toString());

    assertThat(exitCode).isEqualTo(2);
    Path joined = dir.resolve("table.jsonl");
    PartFiles.of(out).writeTo(joined);
    // Results are the same; errors name the table's row where batch names the file's line.
    assertThat(Files.readString(joined)).isEqualTo(batch.replace(corpus.toString() + ":", "deals:"));
  }

  @Test
  void table_nullCase_isAnErrorRecord() throws IOException {
    SparkSession spark = LocalSpark.session();
    List<String> rows = new ArrayList<>();
    rows.add(null);
    spark.createDataset(rows, Encoders.STRING()).toDF("json").createOrReplaceTempView("holes");
    Path out = dir.resolve("holes-out");

    assertThat(job("--table", "holes", "--column", "json", "--out", out.toUri().toString())).isEqualTo(2);

    Path joined = dir.resolve("holes.jsonl");
    PartFiles.of(out).writeTo(joined);
    assertThat(Files.readString(joined)).isEqualTo(
        "{\"error\":{\"source\":\"holes:1\",\"messages\":[\"holes:1: the case column 'json' is null\"]}}\n");
  }

  @Test
  void parquet_hasEveryFieldOfTheJsonRecords() throws IOException {
    Path out = dir.resolve("parquet-out");

    assertThat(job("--format", "parquet", "--out", out.toUri().toString(), corpus.toUri().toString())).isEqualTo(2);

    // Read back and written as JSON, each row must be its JSON record: nothing missing, nothing renamed.
    List<String> rows = LocalSpark.session().read().parquet(out.toString()).toJSON().collectAsList();
    assertThat(canonical(rows)).isEqualTo(canonical(batch.lines().map(l -> l.replace(corpus.toString(),
        corpus.toUri().toString())).toList()));
  }

  @Test
  void runRecord_besideTheOutputDirectory() throws IOException {
    Path out = dir.resolve("recorded");
    assertThat(job("--out", out.toString(), corpus.toString())).isEqualTo(2);
    var record = JSON.readTree(dir.resolve("recorded.run.json").toFile());
    assertThat(record.path("counts").path("inputs").asLong()).isEqualTo(150);
    assertThat(record.path("output").path("format").asText()).isEqualTo("jsonl");
  }

  @Test
  void usage_inputsAndTableTogether_exit2() {
    StringWriter err = new StringWriter();
    int exitCode = SparkBatchJob.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "--table", "t",
        "--out", dir.resolve("x").toString(), corpus.toString());
    assertThat(exitCode).isEqualTo(2);
    assertThat(err.toString()).contains("Give either INPUT files or --table NAME");
  }

  private static int job(String... args) {
    StringWriter err = new StringWriter();
    int exitCode = SparkBatchJob.run(new PrintWriter(new StringWriter()), new PrintWriter(err), args);
    assertThat(err.toString()).as("standard error").doesNotContain("internal error");
    return exitCode;
  }

  /** The records as sorted JSON trees: Parquet keeps no order across part files. */
  private static List<String> canonical(List<String> records) throws IOException {
    List<String> trees = new ArrayList<>();
    for (String r : records) {
      trees.add(JSON.readTree(r).toString());
    }
    trees.sort(null);
    return trees;
  }
}
