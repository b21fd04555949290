package dev.antitrust.cli;

import dev.antitrust.engine.batch.BatchSummary;
import dev.antitrust.engine.batch.ThresholdTableHash;
import dev.antitrust.engine.RiskEngine;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Does the work of {@code batch}: builds the engine once, runs the {@link BatchPipeline} into
 * standard output or an {@link AtomicOutput}, then writes the run record and the summary.
 */
final class BatchTask {
  /** The built-in thresholds table on the classpath, for its hash in the run record. */

  /** What the run record file is called: the output's name plus this. */
  static final String RUN_RECORD_SUFFIX = ".run.json";

  private static final int LOG_PERIOD_SECONDS = 5;

  private final BatchOptions options;
  private final InputStream stdin;
  private final PrintWriter out;
  private final PrintWriter err;

  BatchTask(BatchOptions options, InputStream stdin, PrintWriter out, PrintWriter err) {
    this.options = options;
    this.stdin = stdin;
    this.out = out;
    this.err = err;
  }

  /** Runs once and returns the exit code; a rule pack that does not load throws before any output. */
  int run() throws IOException, InterruptedException {
    Instant started = Instant.now();
    RiskEngine engine = EngineCache.forRules(options.ruleDirectories(), options.trustRules(),
        options.caseTimeout());
    BatchInputs inputs = new BatchInputs(options.inputs(), stdin);
    BatchTally tally;
    BatchPipeline pipeline;
    try (Progress progress = progress()) {
      pipeline = new BatchPipeline(engine, options.format(), options.threads(), options.maxErrors(),
          progress, err, options.quiet());
      if (options.out().isEmpty()) {
        Writer buffered = new BufferedWriter(out, 1 << 16);
        tally = run(pipeline, inputs, buffered, engine);
        if (out.checkError()) {
          throw new IOException("cannot write to standard output");
        }
      } else {
        tally = runToFile(engine, inputs, pipeline, started);
        if (tally == null) {
          return ExitCodes.INTERRUPTED;
        }
      }
    }
    summarise(tally, pipeline.stoppedAt(), Duration.between(started, Instant.now()));
    return ExitCodes.forBatch(tally, options.failOn());
  }

  /**
   * Runs into the {@code --out} file and writes the run record beside it, or leaves both to the
   * shutdown hook if the run is interrupted.
   *
   * @return the tally, or null when the run was interrupted
   */
  private BatchTally runToFile(RiskEngine engine, BatchInputs inputs, BatchPipeline pipeline, Instant started)
      throws IOException, InterruptedException {
    // The shutdown hook, not the output's own, discards the output: it writes the run record too.
    try (AtomicOutput file = AtomicOutput.open(options.out().get(), false);
        BatchInterruption interruption = new BatchInterruption(file, pipeline, counts ->
            writeRunRecord(runRecord(engine, inputs, started, counts, null, RunRecord.INTERRUPTED, null)), err)) {
      BatchTally tally;
      try {
        tally = run(pipeline, inputs, file.writer(), engine);
      } catch (IOException | RuntimeException e) {
        if (interruption.happened()) {
          // The hook has the output and the run record in hand; this is no failure of its own.
          return null;
        }
        throw e;
      }
      if (BatchInterruption.jvmShuttingDown() || !file.commit()) {
        return null;
      }
      String stoppedAt = pipeline.stoppedAt();
      writeRunRecord(runRecord(engine, inputs, started, tally, stoppedAt,
          stoppedAt != null ? RunRecord.STOPPED_EARLY : RunRecord.COMPLETE, ExitCodes.forBatch(tally, options.failOn())));
      return tally;
    }
  }

  private RunRecord runRecord(RiskEngine engine, BatchInputs inputs, Instant started, BatchTally tally,
      String stoppedAt, String status, Integer exitCode) throws IOException {
    return new RunRecord(options.arguments(), started, Instant.now(), status, RiskEngine.version(),
        engine.rulePack(), ThresholdTableHash.of(options.ruleDirectories()), inputs.digests(),
        new RunRecord.Output(options.out().get().toString(), options.format().wireName()),
        options.threads(), RunRecord.Counts.of(tally), options.maxErrors(), stoppedAt != null, stoppedAt, exitCode);
  }

  /**
   * Runs the pipeline into {@code out}; for HTML, into a spool file first, since the page's overview,
   * written first, is known only when the last case is done.
   */
  private BatchTally run(BatchPipeline pipeline, BatchInputs inputs, Writer out, RiskEngine engine)
      throws IOException, InterruptedException {
    if (options.format() != BatchFormat.HTML) {
      return pipeline.run(inputs, out);
    }
    Path spool = Files.createTempFile("antitrust-batch-", ".html.part");
    spool.toFile().deleteOnExit();
    try {
      BatchTally tally;
      try (Writer sections = Files.newBufferedWriter(spool, StandardCharsets.UTF_8)) {
        tally = pipeline.run(inputs, sections);
      }
      HtmlBatchReport.write(out, tally, engine.rulePack(), spool);
      out.flush();
      return tally;
    } finally {
      Files.deleteIfExists(spool);
    }
  }

  private Progress progress() {
    if (options.quiet()) {
      return Progress.NONE;
    }
    // A terminal gets a bar that redraws in place; a log or a CI console gets a line now and then.
    return System.console() != null ? Progress.bar(System.err) : Progress.log(err, LOG_PERIOD_SECONDS);
  }

  private void summarise(BatchTally tally, String stoppedAt, Duration took) {
    err.println(tally.summary());
    if (stoppedAt != null) {
      err.printf(Locale.ROOT, "stopped early at %s: %s reached --max-errors; later cases were not assessed%n",
          stoppedAt, BatchSummary.count(tally.errors(), "error"));
    }
    if (!options.quiet()) {
      double seconds = Math.max(took.toMillis(), 1) / 1000.0;
      String where = options.out().map(f -> " to " + f + " (run record " + runRecordPath(f) + ")").orElse("");
      err.printf(Locale.ROOT, "wrote %s%s in %.1f s, %,.0f cases/s%n",
          BatchSummary.count(tally.inputs(), "record"), where, seconds, tally.inputs() / seconds);
    }
  }

  static Path runRecordPath(Path out) {
    return out.resolveSibling(out.getFileName() + RUN_RECORD_SUFFIX);
  }

  private void writeRunRecord(RunRecord record) throws IOException {
    try (AtomicOutput file = AtomicOutput.open(runRecordPath(options.out().get()))) {
      file.writer().write(JsonRenderer.json(record));
      file.writer().write('\n');
      file.commit();
    }
  }


}
