package dev.antitrust.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * What a batch with {@code --out} does when Ctrl-C or a signal (SIGINT, SIGTERM) stops the JVM
 * before the run ends: a shutdown hook stops the pipeline, deletes the partial output and writes
 * the run record with status {@code interrupted} and the counts so far.
 *
 * <p>The hook and the normal end of the run race for the output, and {@link AtomicOutput} lets only
 * one of them have it: if the run started committing first, the hook waits for it to write its own
 * run record and does nothing else; otherwise the commit is refused and the run writes nothing more.
 * A run that reaches its end once shutdown has begun does not commit either ({@link
 * #jvmShuttingDown}).
 */
final class BatchInterruption implements AutoCloseable {
  /** How long the hook waits for a run that got to the end first to finish its run record. */
  private static final long FINISH_SECONDS = 30;

  /** Writes the run record of an interrupted run from the counts so far. */
  @FunctionalInterface
  interface RecordWriter {
    void write(BatchTally countsSoFar) throws IOException;
  }

  private final AtomicOutput output;
  private final BatchPipeline pipeline;
  private final RecordWriter record;
  private final PrintWriter err;
  private final CountDownLatch finished = new CountDownLatch(1);
  private final Thread hook;
  private volatile boolean happened;

  /** Registers the shutdown hook; {@link #close} removes it once the run is over. */
  BatchInterruption(AtomicOutput output, BatchPipeline pipeline, RecordWriter record, PrintWriter err) {
    this.output = output;
    this.pipeline = pipeline;
    this.record = record;
    this.err = err;
    this.hook = new Thread(this::stop, "antitrust-batch-interrupted");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  private void stop() {
    if (!output.cancel()) {
      // The run got to the end first and is committing its output: let it write its run record.
      try {
        finished.await(FINISH_SECONDS, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return;
    }
    happened = true;
    // The order matters: the commit is refused already, so stop the writers, then delete the file.
    BatchTally counts = pipeline.interrupt();
    output.discard();
    try {
      record.write(counts);
      err.printf(Locale.ROOT, "interrupted after %,d cases: no output written; the run record says so%n",
          counts.inputs());
    } catch (IOException | RuntimeException e) {
      err.println("interrupted; the run record could not be written: " + e.getMessage());
    }
    err.flush();
  }

  /**
   * True once Ctrl-C or a signal has started the JVM's shutdown. An input that ends then may have
   * ended because of it: with {@code generate | batch}, Ctrl-C stops the generator too, and its
   * end of output must not pass for the end of the corpus.
   */
  static boolean jvmShuttingDown() {
    Thread probe = new Thread(() -> { });
    if (!AtomicOutput.register(probe)) {
      return true;
    }
    Runtime.getRuntime().removeShutdownHook(probe);
    return false;
  }

  /** True once the hook has taken the output from the run: whatever the run does next is moot. */
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
