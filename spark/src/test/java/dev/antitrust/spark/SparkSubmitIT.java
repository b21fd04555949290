package dev.antitrust.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged job as a cluster runs it: {@code spark-submit} (Spark's own {@code SparkSubmit} main
 * class, with Spark's jars and not ours on the classpath) runs {@code target/antitrust-spark.jar},
 * and the records are batch's.
 */
class SparkSubmitIT {
  /** Jars the shaded job jar must bring itself: ours, Drools and its compilers, picocli. */
  private static final List<String> NOT_IN_SPARK = List.of("/antitrust-", "/org/drools/", "/org/kie/", "/org/mvel/",
      "/org/eclipse/jdt/", "/info/picocli/", "/org/antlr/antlr-runtime/", "/com/github/javaparser/");

  @TempDir
  Path dir;

  @Test
  void sparkSubmit_jobJar_writesBatchRecords() throws IOException, InterruptedException {
    Path corpus = Corpus.generate(dir, "cases.jsonl", 200, 4, 5);
    Path batch = dir.resolve("batch.jsonl");
    assertThat(Corpus.antitrust("batch", corpus.toString(), "--out", batch.toString(), "--quiet").exitCode()).isEqualTo(2);
    Path out = dir.resolve("out");

    Process submit = sparkSubmit("--out", out.toString(), corpus.toString());

    assertThat(submit.exitValue()).as(Files.readString(dir.resolve("submit.log"))).isEqualTo(2);
    Path joined = dir.resolve("spark.jsonl");
    PartFiles.of(out).writeTo(joined);
    assertThat(Files.readString(joined)).isEqualTo(Files.readString(batch));
    assertThat(JsonMapper.builder().build().readTree(dir.resolve("out.run.json").toFile()).path("counts")
        .path("inputs").asLong()).isEqualTo(200);
  }

  private Process sparkSubmit(String... jobArgs) throws IOException, InterruptedException {
    Path target = Path.of("target");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(Arrays.asList(Files.readString(target.resolve("launcher/jvm-flags.txt")).trim().split("\\s+")));
    command.add("-cp");
    command.add(sparkClasspath(target));
    command.addAll(List.of("org.apache.spark.deploy.SparkSubmit", "--master", "local[2]",
        "--conf", "spark.ui.enabled=false", "--class", "dev.antitrust.spark.SparkBatchJob",
        target.resolve("antitrust-spark.jar").toString()));
    command.addAll(List.of(jobArgs));
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(dir.resolve("submit.log").toFile()).start();
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("spark-submit did not finish in 10 minutes:\n" + Files.readString(dir.resolve("submit.log")));
    }
    return process;
  }

  /** What a Spark installation has: the module's resolved classpath without the jars the job brings. */
  private static String sparkClasspath(Path target) throws IOException {
    List<String> spark = new ArrayList<>();
    for (String entry : Files.readString(target.resolve("launcher/classpath.txt")).trim().split(File.pathSeparator)) {
      if (NOT_IN_SPARK.stream().noneMatch(entry::contains)) {
        spark.add(entry);
      }
    }
    return String.join(File.pathSeparator, spark);
  }
}
