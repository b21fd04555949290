package dev.antitrust.spark;

import dev.antitrust.engine.batch.ThresholdTableHash;
import dev.antitrust.engine.batch.Durations;
import dev.antitrust.engine.RiskEngine;
import dev.antitrust.engine.batch.RecordJson;
import dev.antitrust.model.AntitrustException;
import dev.antitrust.model.Severity;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code spark-submit} entry point: {@code spark-submit --class dev.antitrust.spark.SparkBatchJob
 * antitrust-spark.jar --out DIR INPUT...}. Reads JSON Lines files (or a table with one case per
 * row) from any file system Spark reaches, writes a directory of part files, JSON Lines or Parquet,
 * and its run record beside it as {@code DIR.run.json}. The exit code follows {@code antitrust
 * batch}'s: 0 done, 1 a concern at or above {@code --fail-on}, 2 an error record or a usage or rule
 * error, 70 an internal error.
 */
@Command(
    name = "antitrust-spark",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Screens JSON Lines files or a table on Apache Spark with the antitrust engine: one record per",
      "case, result or error, in input order, with the fields antitrust batch writes."
    })
public final class SparkBatchJob implements Callable<Integer> {
  private static final int INVALID = 2;
  private static final int INTERNAL = 70;

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "INPUT", arity = "0..*",
      description = "JSON Lines files, directories of them, or globs, on any file system Spark reaches.")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--table", paramLabel = "NAME",
      description = "Read a table (or view) of the session's catalog instead, one case per row.")
  String table;

  @Option(names = "--column", paramLabel = "COL", defaultValue = "case",
      description = "With --table: the string or binary column that holds the case JSON. Default: ${DEFAULT-VALUE}.")
  String column;

  @Option(names = "--out", paramLabel = "DIR", required = true,
      description = "The output directory, which must not exist; the run record goes to DIR.run.json.")
  String out;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
      description = "jsonl (the lines antitrust batch writes) or parquet. Default: ${DEFAULT-VALUE}.")
  SparkBatch.OutputFormat format;

  @Option(names = "--rules", paramLabel = "DIR",
      description = {"A rule directory on the driver's disk, layered over the built-in pack; repeat to layer",
          "several. In cluster deploy mode ship it with --archives rules.zip#rules and give --rules rules."})
  List<java.nio.file.Path> rules = new ArrayList<>();

  @Option(names = "--trust-rules", description = "Turn the rule policy off: the rules may use any Java.")
  boolean trustRules;

  @Option(names = "--case-timeout", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "Stop a case whose rules run longer than this (an error record), e.g. 10s. Default: 10s.")
  Duration caseTimeout;

  @Option(names = "--partitions", paramLabel = "N",
      description = "How many splits to cut the files into. Default: four per executor core.")
  Integer partitions;

  @Option(names = "--fail-on", paramLabel = "SEVERITY",
      description = "Exit 1 when a concern is this severe or more: critical, high, medium, low, info.")
  Severity failOn;

  private final List<String> arguments;

  SparkBatchJob(List<String> arguments) {
    this.arguments = List.copyOf(arguments);
  }

  /** Runs the job with the session {@code spark-submit} configured, then exits with the run's exit code. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(run(out, err, args));
  }

  /** Parses and runs; never throws: failures are reported on {@code err} and end in an exit code. */
  static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = new CommandLine(new SparkBatchJob(List.of(args)))
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setOut(out)
        .setErr(err)
        .setExecutionExceptionHandler((e, cl, parsed) -> {
          if (e instanceof AntitrustException expected) {
            expected.problems().forEach(p -> err.println(p));
            return INVALID;
          }
          err.println("antitrust-spark: internal error: " + e);
          e.printStackTrace(err);
          return INTERNAL;
        });
    return commandLine.execute(args);
  }

  @Override
  public Integer call() throws IOException {
    if ((table == null) == inputs.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "Give either INPUT files or --table NAME, one of the two");
    }
    if (partitions != null && partitions < 1) {
      throw new ParameterException(spec.commandLine(),
          "Invalid value for option '--partitions': must be at least 1, got " + partitions);
    }
    Instant started = Instant.now();
    RulePackShipment.Driver pack = RulePackShipment.prepare(rules, trustRules, Optional.ofNullable(caseTimeout));
    ExecutorEngines.seed(pack);
    PrintWriter err = spec.commandLine().getErr();
    return SparkBatchRunner.inSession(Optional.empty(), true, spark -> {
      SparkBatch.Result result;
      List<SparkRunRecord.Input> read;
      if (table != null) {
        result = SparkBatch.runTable(spark, pack.shipment(), spark.table(table), table, column, out, format);
        read = List.of(new SparkRunRecord.Input(table, table, -1, result.casesByInput()[0]));
      } else {
        List<InputFile> files = InputFiles.hadoop(inputs, spark.sparkContext().hadoopConfiguration());
        result = SparkBatch.run(spark, pack.shipment(), files, out, format,
            partitions == null ? OptionalInt.empty() : OptionalInt.of(partitions));
        read = SparkRunRecord.inputs(files, result.casesByInput());
      }
      Instant ended = Instant.now();
      RecordCounts counts = result.counts();
      int exitCode = counts.exitCode(Optional.ofNullable(failOn));
      Path runRecord = new Path(stripSlash(out) + ".run.json");
      SparkRunRecord record = new SparkRunRecord(arguments, started, ended, SparkRunRecord.COMPLETE,
          RiskEngine.version(), pack.shipment().driverInfo(), ThresholdTableHash.of(rules), read,
          new SparkRunRecord.Output(out, format.name().toLowerCase(Locale.ROOT)), spark.sparkContext().master(),
          result.partitions(), SparkRunRecord.Counts.of(counts), exitCode);
      FileSystem fs = runRecord.getFileSystem(spark.sparkContext().hadoopConfiguration());
      try (FSDataOutputStream stream = fs.create(runRecord, true)) {
        stream.write((RecordJson.pretty(record) + "\n").getBytes(StandardCharsets.UTF_8));
      }
      err.println(counts.summary());
      double seconds = Math.max(Duration.between(started, ended).toMillis(), 1) / 1000.0;
      err.printf(Locale.ROOT, "wrote %,d records to %s (run record %s) in %.1f s, %,.0f cases/s; %d partitions%n",
          counts.inputs(), out, runRecord, seconds, counts.inputs() / seconds, result.partitions());
      return exitCode;
    });
  }

  private static String stripSlash(String path) {
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  /** {@code 10s}, {@code 500ms}, {@code 2m} or ISO-8601 ({@code PT10S}), as {@code antitrust batch} takes them. */
  static final class DurationConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      try {
        return Durations.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
