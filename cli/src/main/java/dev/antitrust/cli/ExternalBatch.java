package dev.antitrust.cli;

import dev.antitrust.engine.batch.BatchRequest;
import dev.antitrust.engine.batch.BatchRunner;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.ServiceLoader;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Hands {@code batch --engine NAME} to a {@link BatchRunner} found with {@link ServiceLoader}, such as
 * the Spark module's: the command line never links against Spark, so users who never run it never
 * download it, and the launcher puts the runner on the classpath only when it is asked for.
 */
final class ExternalBatch {
  /** The engine that runs in this JVM, {@link BatchPipeline}. */
  static final String LOCAL = "local";

  /** The engine the Spark module provides. */
  static final String SPARK = "spark";

  private ExternalBatch() {}

  /** Runs the request on the named runner and returns its exit code. */
  static int run(CommandSpec spec, String engine, BatchRequest request, PrintWriter out, PrintWriter err)
      throws IOException {
    return find(engine).orElseThrow(() -> missing(spec, engine)).run(request, out, err);
  }

  private static Optional<BatchRunner> find(String engine) {
    for (BatchRunner runner : ServiceLoader.load(BatchRunner.class, ExternalBatch.class.getClassLoader())) {
      if (runner.name().equals(engine)) {
        return Optional.of(runner);
      }
    }
    return Optional.empty();
  }

  private static ParameterException missing(CommandSpec spec, String engine) {
    if (!engine.equals(SPARK)) {
      return new ParameterException(spec.commandLine(), "Invalid value for option '--engine': '" + engine
          + "' is not an engine; expected " + LOCAL + " or " + SPARK);
    }
    return new ParameterException(spec.commandLine(), "--engine spark: the Spark runner is not on the classpath."
        + " The antitrust launcher adds it when given --engine spark (it builds the spark module on first use,"
        + " a large download once); with a plain java -jar, build it with 'mvn -B -DskipTests package -pl spark -am'"
        + " and run the spark module's jar with spark-submit, as the README's 'Beyond one machine' section shows");
  }
}
