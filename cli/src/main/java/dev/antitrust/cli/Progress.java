package dev.antitrust.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** How a batch shows that it is moving: a bar on a terminal, a log line elsewhere, or nothing. */
interface Progress extends AutoCloseable {

  /** Called by the writer thread after each record. */
  void update(long cases, long errors);

  @Override
  void close();

  /** Shows nothing: {@code --quiet}. */
  Progress NONE = new Progress() {
    @Override
    public void update(long cases, long errors) {}

    @Override
    public void close() {}
  };

  /** A progress bar with cases and cases/s; it redraws from its own thread. */
  static Progress bar(PrintStream terminal) {
    ProgressBar bar = new ProgressBarBuilder()
        .setTaskName("batch")
        .setInitialMax(-1) // streaming: the total is unknown until the inputs end
        .setStyle(ProgressBarStyle.ASCII)
        .setUnit(" cases", 1)
        .showSpeed()
        .setUpdateIntervalMillis(500)
        .setConsumer(new ConsoleProgressBarConsumer(terminal))
        .build();
    return new Progress() {
      @Override
      public void update(long cases, long errors) {
        bar.stepTo(cases);
        if (errors > 0) {
          bar.setExtraMessage(errors + " errors");
        }
      }

      @Override
      public void close() {
        bar.close();
      }
    };
  }

  /** A line every {@code periodSeconds}, for logs and CI, where a redrawn bar is noise. */
  static Progress log(PrintWriter err, long periodSeconds) {
    AtomicLong done = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    long start = System.nanoTime();
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "antitrust-batch-progress");
      t.setDaemon(true);
      return t;
    });
    timer.scheduleAtFixedRate(() -> {
      long cases = done.get();
      double seconds = (System.nanoTime() - start) / 1e9;
      err.printf(Locale.ROOT, "batch: %,d cases in %.0f s (%,.0f cases/s), %,d errors%n",
          cases, seconds, cases / seconds, failed.get());
      err.flush();
    }, periodSeconds, periodSeconds, TimeUnit.SECONDS);
    return new Progress() {
      @Override
      public void update(long cases, long errors) {
        done.set(cases);
        failed.set(errors);
      }

      @Override
      public void close() {
        timer.shutdownNow();
      }
    };
  }
}
