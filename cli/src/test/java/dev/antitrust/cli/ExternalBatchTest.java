package dev.antitrust.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.antitrust.engine.batch.BatchRequest;
import dev.antitrust.engine.batch.BatchRunner;
import dev.antitrust.model.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code batch --engine NAME} hands the run to a {@link BatchRunner} found with ServiceLoader; the
 * test classpath registers {@link Recording}, and the Spark runner is absent, as it is for cli users.
 */
class ExternalBatchTest {
  @TempDir
  Path dir;

  private Path input;

  @BeforeEach
  void input() throws IOException {
    input = Files.writeString(dir.resolve("in.jsonl"), "{}\n");
    Recording.last = null;
  }

  @Test
  void engine_runnerOnClasspath_getsTheRequest_andItsExitCodeIsTheRun() throws IOException {
    Path rules = Files.createDirectory(dir.resolve("rules"));
    Path out = dir.resolve("out.jsonl");

    Invocation run = Invocation.of("batch", "--engine", "recording", "--master", "local[3]", input.toString(),
        "--out", out.toString(), "--rules", rules.toString(), "--fail-on", "high", "--case-timeout", "5s", "--quiet");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(Recording.EXIT_CODE);
    BatchRequest request = Recording.last;
    assertThat(request.inputs()).containsExactly(input.toString());
    assertThat(request.out()).contains(out);
    assertThat(request.ruleDirectories()).containsExactly(rules);
    assertThat(request.master()).contains("local[3]");
    assertThat(request.failOn()).contains(Severity.HIGH);
    assertThat(request.caseTimeout()).contains(Duration.ofSeconds(5));
    assertThat(request.quiet()).isTrue();
    assertThat(request.arguments()).startsWith("batch", "--engine", "recording");
  }

  @Test
  void engineSpark_runnerMissing_exit2_sayingHowToGetIt() {
    Invocation run = Invocation.of("batch", "--engine", "spark", input.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.err()).contains("--engine spark: the Spark runner is not on the classpath")
        .contains("antitrust launcher").contains("spark-submit");
  }

  @Test
  void engine_unknown_exit2() {
    Invocation run = Invocation.of("batch", "--engine", "flink", input.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.err()).contains("'flink' is not an engine; expected local or spark");
  }

  @Test
  void master_withoutEngine_exit2() {
    Invocation run = Invocation.of("batch", "--master", "local[2]", input.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.err()).contains("'--master': applies only with --engine spark");
  }

  @Test
  void engine_localOnlyOptions_exit2() {
    assertThat(Invocation.of("batch", "--engine", "recording", "--threads", "2", input.toString()).err())
        .contains("give --master local[N] instead");
    assertThat(Invocation.of("batch", "--engine", "recording", "--max-errors", "3", input.toString()).err())
        .contains("a distributed run does not stop early");
    assertThat(Invocation.of("batch", "--engine", "recording", "--format", "csv", input.toString()).err())
        .contains("writes jsonl");
    assertThat(Invocation.withStdin("{}\n", "batch", "--engine", "recording", "-").err())
        .contains("cannot read standard input");
    assertThat(Recording.last).isNull();
  }

  /** A runner that keeps the request it was given; registered in the test's META-INF/services. */
  public static final class Recording implements BatchRunner {
    static final int EXIT_CODE = 1;
    static BatchRequest last;

    @Override
    public String name() {
      return "recording";
    }

    @Override
    public int run(BatchRequest request, PrintWriter out, PrintWriter err) {
      last = request;
      return EXIT_CODE;
    }
  }
}
