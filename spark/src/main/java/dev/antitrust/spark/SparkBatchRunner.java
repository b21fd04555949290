package dev.antitrust.spark;

import dev.antitrust.engine.batch.ThresholdTableHash;
import dev.antitrust.engine.RiskEngine;
import dev.antitrust.engine.batch.BatchRequest;
import dev.antitrust.engine.batch.BatchRunner;
import dev.antitrust.engine.batch.RecordJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.spark.sql.SparkSession;

/**
 * {@code antitrust batch --engine spark}: runs the Spark job with the driver in this JVM (a local
 * master by default) and writes what {@code antitrust batch} writes: one JSON Lines file, complete
 * or not at all, its run record beside it, and the summary. The job writes part files to a hidden
 * directory beside the output, which are then joined in order and deleted.
 */
public final class SparkBatchRunner implements BatchRunner {
  /** Every core of this machine. */
  static final String DEFAULT_MASTER = "local[*]";

  /**
   * What {@link #run} returns when Ctrl-C or a signal took the output from it, as batch does; the JVM
   * is shutting down by then, and exits with the signal's own status.
   */
  private static final int INTERRUPTED = 130;
  /** How many errors are also printed on standard error, as batch does. */
  private static final int ERRORS_SHOWN = 10;

  @Override
  public String name() {
    return "spark";
  }

  @Override
  public int run(BatchRequest request, PrintWriter out, PrintWriter err) throws IOException {
    Instant started = Instant.now();
    // Rules and inputs are checked before Spark starts, so mistakes are reported in a second.
    RulePackShipment.Driver pack = RulePackShipment.prepare(request.ruleDirectories(), request.trustRules(),
        request.caseTimeout());
    List<InputFile> files = InputFiles.local(request.inputs());
    String master = request.master().orElse(DEFAULT_MASTER);
    Path beside = request.out().map(o -> o.toAbsolutePath().getParent()).orElse(Path.of(System.getProperty("java.io.tmpdir")));
    Path work = Files.createTempDirectory(beside, ".antitrust-spark-");
    CountsAccumulator countsSoFar = new CountsAccumulator();
    SparkBatch.Result result;
    List<String> firstErrors;
    RecordCounts counts;
    Instant ended;
    // Ctrl-C and kill run shutdown hooks: the part files go, as batch's partial output does, and
    // with --out the run record says the run was interrupted.
    SparkInterruption.RecordWriter interruptedRecord = request.out().isEmpty() ? null
        : soFar -> writeRunRecord(request.out().get(), new SparkRunRecord(request.arguments(), started, Instant.now(),
            SparkRunRecord.INTERRUPTED, RiskEngine.version(), pack.shipment().driverInfo(),
            ThresholdTableHash.of(request.ruleDirectories()), SparkRunRecord.inputs(files, null),
            new SparkRunRecord.Output(request.out().get().toString(), "jsonl"), master, null,
            SparkRunRecord.Counts.of(soFar), null));
    try (SparkInterruption interruption = new SparkInterruption(() -> PartFiles.deleteQuietly(work), countsSoFar::value,
        interruptedRecord, err)) {
      try {
        ExecutorEngines.seed(pack);
        Path records = work.resolve("records");
        try {
          result = inSession(Optional.of(master), request.quiet(), spark -> SparkBatch.run(spark, pack.shipment(), files,
              records.toUri().toString(), SparkBatch.OutputFormat.JSONL, OptionalInt.empty(), countsSoFar));
        } catch (Exception e) { // Spark throws SparkException, checked, undeclared from Scala
          if (interruption.happened()) {
            return INTERRUPTED;
          }
          throw e;
        }
        if (!interruption.commit()) {
          return INTERRUPTED;
        }
        PartFiles parts = PartFiles.of(records);
        if (request.out().isPresent()) {
          parts.writeTo(request.out().get());
        } else {
          parts.writeTo(out);
        }
        firstErrors = request.quiet() || result.counts().errors() == 0 ? List.of() : parts.firstErrorMessages(ERRORS_SHOWN);
      } finally {
        PartFiles.deleteQuietly(work);
      }
      ended = Instant.now();
      counts = result.counts();
      if (request.out().isPresent()) {
        Path target = request.out().get();
        writeRunRecord(target, new SparkRunRecord(request.arguments(), started, ended, SparkRunRecord.COMPLETE,
            RiskEngine.version(), pack.shipment().driverInfo(), ThresholdTableHash.of(request.ruleDirectories()),
            SparkRunRecord.inputs(files, result.casesByInput()), new SparkRunRecord.Output(target.toString(), "jsonl"),
            master, result.partitions(), SparkRunRecord.Counts.of(counts), counts.exitCode(request.failOn())));
      }
    }
    int exitCode = counts.exitCode(request.failOn());
    firstErrors.forEach(err::println);
    if (counts.errors() >= ERRORS_SHOWN && !firstErrors.isEmpty()) {
      err.println("(further errors are in the output only)");
    }
    err.println(counts.summary());
    if (!request.quiet()) {
      double seconds = Math.max(Duration.between(started, ended).toMillis(), 1) / 1000.0;
      String where = request.out().map(f -> " to " + f + " (run record " + runRecordPath(f) + ")").orElse("");
      err.printf(Locale.ROOT, "wrote %,d records%s in %.1f s, %,.0f cases/s; Spark %s, %d partitions%n",
          counts.inputs(), where, seconds, counts.inputs() / seconds, master, result.partitions());
    }
    err.flush();
    return exitCode;
  }

  /** Writes the run record beside the output file, atomically. */
  private static void writeRunRecord(Path out, SparkRunRecord record) throws IOException {
    byte[] json = (RecordJson.pretty(record) + "\n").getBytes(StandardCharsets.UTF_8);
    PartFiles.writeAtomically(runRecordPath(out), o -> o.write(json));
  }

  static Path runRecordPath(Path out) {
    return out.resolveSibling(out.getFileName() + ".run.json");
  }

  /** What runs with the session. */
  interface Job<T> {
    T run(SparkSession spark) throws IOException;
  }

  /**
   * Runs {@code job} with a session, stopped afterwards unless it was there before (a test's, or an
   * application's that embeds the job).
   *
   * @param master the master, or empty for the one {@code spark-submit} configured
   */
  static <T> T inSession(Optional<String> master, boolean quiet, Job<T> job) throws IOException {
    boolean existed = SparkSession.getDefaultSession().isDefined();
    SparkSession.Builder builder = SparkSession.builder();
    master.ifPresent(builder::master);
    SparkSession spark = builder
        .appName("antitrust batch")
        .config("spark.ui.enabled", "false")
        // Spark's own progress bar, on a terminal only: a log would fill with redraws.
        .config("spark.ui.showConsoleProgress", String.valueOf(!quiet && System.console() != null))
        .getOrCreate();
    try {
      return job.run(spark);
    } finally {
      if (!existed) {
        spark.stop();
      }
    }
  }
}
