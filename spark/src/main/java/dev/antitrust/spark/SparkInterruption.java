package dev.antitrust.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * What {@code batch --engine spark --out FILE} does when Ctrl-C or a signal (SIGINT, SIGTERM) stops
 * the driver before the run ends, as {@code antitrust batch} does: a shutdown hook deletes the part
 * files and writes the run record with status {@code interrupted} and the counts of the tasks that
 * finished.
 *
 * <p>The hook and the end of the run race for the output, and only one of them gets it: if the run
 * began writing its output first ({@link #commit}), the hook waits for it to finish and does nothing
 * else; otherwise the commit is refused and the run writes nothing more.
 */
final class SparkInterruption implements AutoCloseable {
  /** How long the hook waits for a run that got to the end first to write its output and record. */
  private static final long FINISH_SECONDS = 30;

  /** Writes the run record of an interrupted run from the counts so far. */
  @FunctionalInterface
  interface RecordWriter {
    void write(RecordCounts countsSoFar) throws IOException;
  }

  private final AtomicBoolean claimed = new AtomicBoolean();
  private final CountDownLatch finished = new CountDownLatch(1);
  private final Runnable deletePartFiles;
  private final Supplier<RecordCounts> countsSoFar;
  private final RecordWriter record;
  private final PrintWriter err;
  private final Thread hook;
  private volatile boolean happened;

  /**
   * Registers the shutdown hook; {@link #close} removes it once the run is over.
   *
   * @param record writes the run record, or null when there is no output file and so no record
   */
  SparkInterruption(Runnable deletePartFiles, Supplier<RecordCounts> countsSoFar, RecordWriter record, PrintWriter err) {
    this.deletePartFiles = deletePartFiles;
    this.countsSoFar = countsSoFar;
    this.record = record;
    this.err = err;
    this.hook = new Thread(this::stop, "antitrust-spark-interrupted");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /** What the hook does; package-private so that a test can play the signal. */
  void stop() {
    if (!claimed.compareAndSet(false, true)) {
      try {
        finished.await(FINISH_SECONDS, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return;
    }
    happened = true;
    deletePartFiles.run();
    // The accumulator holds what the tasks that finished merged into it; tasks still running add nothing.
    RecordCounts counts = countsSoFar.get();
    if (record == null) {
      err.printf(Locale.ROOT, "interrupted after %,d cases%n", counts.inputs());
    } else {
      try {
        record.write(counts);
        err.printf(Locale.ROOT, "interrupted after %,d cases: no output written; the run record says so%n",
            counts.inputs());
      } catch (IOException | RuntimeException e) {
        err.println("interrupted; the run record could not be written: " + e.getMessage());
      }
    }
    err.flush();
  }

  /**
   * Takes the output for the run, before it writes the output and run record.
   *
   * @return false when the hook has taken it: the run was interrupted and writes nothing more
   */
  boolean commit() {
    return claimed.compareAndSet(false, true);
  }

  /**
   * True once the hook has taken the output from the run: the job then fails as Spark's own hook stops
   * the context, and that failure is no error of the run's.
   */
  boolean happened() {
    return happened;
  }

  /** The run is over, whichever way: release a waiting hook and remove it. */
  @Override
  public void close() {
    finished.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // The JVM is shutting down and the hook is running or has run: it no longer needs removing.
    }
  }
}
