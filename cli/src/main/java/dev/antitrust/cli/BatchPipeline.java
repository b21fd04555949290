package dev.antitrust.cli;

import dev.antitrust.engine.RiskEngine;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a batch through three stages: the calling thread reads inputs and submits one {@link CaseJob}
 * per case to the workers; the futures go, in input order, into a bounded queue; one writer thread
 * takes them in that order and writes each record when it is done. Output order is input order
 * whatever the thread count, and the queue bounds the cases in flight, so memory stays flat
 * however large the corpus.
 */
final class BatchPipeline {
  /** How many errors are also printed on standard error, so a human sees the first ones at once. */
  static final int ERRORS_SHOWN = 10;

  private static final Future<CaseJob.Outcome> END = CompletableFuture.completedFuture(null);

  private final RiskEngine engine;
  private final BatchFormat format;
  private final int threads;
  private final long maxErrors;
  private final Progress progress;
  private final PrintWriter err;
  private final boolean quiet;
  private final AtomicBoolean stop = new AtomicBoolean();
  private volatile String stoppedAt;
  /** Held while a record is written and counted, so that {@link #interrupt} sees whole records. */
  private final Object writing = new Object();
  private boolean interrupted;
  private BatchTally written;

  /**
   * @param maxErrors stop after this many error records; 0 for never
   * @param quiet true to leave out the first errors on standard error
   */
  BatchPipeline(RiskEngine engine, BatchFormat format, int threads, long maxErrors, Progress progress,
      PrintWriter err, boolean quiet) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    this.engine = engine;
    this.format = format;
    this.threads = threads;
    this.maxErrors = maxErrors;
    this.progress = progress;
    this.err = err;
    this.quiet = quiet;
  }

  /**
   * Stops the run from another thread, as a shutdown hook does: once this returns, no record is
   * written; the run returns what it has as soon as its threads notice.
   *
   * @return the counts of the records written so far
   */
  BatchTally interrupt() {
    synchronized (writing) {
      interrupted = true;
      stop.set(true);
      return written == null ? new BatchTally() : written.copy();
    }
  }

  /** The location of the error record that hit {@code --max-errors}, or null when the run went to the end. */
  String stoppedAt() {
    return stoppedAt;
  }

  /**
   * Reads, assesses and writes every case, and returns the tally. The writer is flushed, not closed.
   *
   * @throws IOException when the output cannot be written
   * @throws InterruptedException when the calling thread is interrupted; the output is then partial
   */
  BatchTally run(BatchInputs inputs, Writer out) throws IOException, InterruptedException {
    // A few hundred cases in flight keep every worker busy while the writer waits on a slow case.
    BlockingQueue<Future<CaseJob.Outcome>> inFlight = new ArrayBlockingQueue<>(Math.max(64, threads * 128));
    ExecutorService workers = Executors.newFixedThreadPool(threads, named("antitrust-batch-worker"));
    ExecutorService writer = Executors.newSingleThreadExecutor(named("antitrust-batch-writer"));
    boolean finished = false;
    try {
      Future<BatchTally> writing = writer.submit(() -> writeAll(inFlight, out));
      inputs.read(item -> {
        if (stop.get()) {
          return false;
        }
        inFlight.put(workers.submit(new CaseJob(engine, format, item)));
        return true;
      });
      inFlight.put(END);
      BatchTally tally = writing.get();
      finished = true;
      return tally;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("the batch writer failed", cause);
    } finally {
      if (!finished) {
        stop.set(true);
      }
      workers.shutdownNow();
      writer.shutdownNow();
    }
  }

  private BatchTally writeAll(BlockingQueue<Future<CaseJob.Outcome>> inFlight, Writer out)
      throws IOException, InterruptedException, ExecutionException {
    BatchTally tally = new BatchTally();
    synchronized (writing) {
      written = tally;
      if (!interrupted) {
        format.begin(out);
      }
    }
    boolean first = true;
    Exception failure = null;
    for (Future<CaseJob.Outcome> next = inFlight.take(); next != END; next = inFlight.take()) {
      if (stop.get()) {
        // Past --max-errors or a failure: drain, so the reader is never left blocked on a full queue.
        next.cancel(true);
        continue;
      }
      try {
        CaseJob.Outcome outcome = next.get();
        synchronized (writing) {
          if (interrupted) {
            continue;
          }
          format.record(out, outcome.text(), first);
          first = false;
          tally.add(outcome);
        }
        if (outcome.error() != null) {
          showError(tally, outcome);
        }
        progress.update(tally.inputs(), tally.errors());
        if (maxErrors > 0 && tally.errors() >= maxErrors) {
          stoppedAt = outcome.location();
          stop.set(true);
        }
      } catch (IOException | ExecutionException | RuntimeException e) {
        failure = e;
        stop.set(true);
      }
    }
    synchronized (writing) {
      if (interrupted) {
        // The output is being discarded: nothing more to write to it, and no failure to report.
        return tally;
      }
    }
    if (failure instanceof IOException io) {
      throw io;
    }
    if (failure instanceof ExecutionException ee) {
      throw ee;
    }
    if (failure != null) {
      throw (RuntimeException) failure;
    }
    format.end(out, !first);
    out.flush();
    return tally;
  }

  private void showError(BatchTally tally, CaseJob.Outcome outcome) {
    if (quiet || tally.errors() > ERRORS_SHOWN) {
      return;
    }
    outcome.error().messages().forEach(err::println);
    if (tally.errors() == ERRORS_SHOWN) {
      err.println("(further errors are in the output only)");
    }
  }

  private static ThreadFactory named(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + "-" + count.incrementAndGet());
      // Daemons, so a failed run can never hang the JVM on exit.
      t.setDaemon(true);
      return t;
    };
  }
}
