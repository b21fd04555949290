package dev.antitrust.cli;

import dev.antitrust.engine.RiskEngine;
import dev.antitrust.engine.RuleFolderWatcher;
import dev.antitrust.engine.RuleFolderWatcher.Changes;
import dev.antitrust.model.AntitrustException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import picocli.CommandLine.ParameterException;

/**
 * The {@code --watch} loop of {@code assess} and {@code test}: runs once, then again after each
 * change to the rule folders or the input files, until stopped. A run that fails, such as rules that
 * do not load, is reported and the loop waits for the next change; Ctrl-C ends it with exit code 0.
 */
final class WatchLoop {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
  /** How long Ctrl-C waits for a run under way to finish before the process exits. */
  private static final long STOP_GRACE_MILLIS = 1_000;

  /** One run of the command; it reads its inputs again each time. */
  interface Run {
    /**
     * Runs once; {@code rulesChanged} says a rule file changed since the last run (true the first
     * time). An {@link AntitrustException}, a usage error or an I/O error thrown here is reported,
     * and the loop waits for the next change.
     */
    void run(boolean rulesChanged);
  }

  /** The engine a watch runs with: built when a run first asks for it, and again after the rules change. */
  static final class LazyEngine implements Supplier<RiskEngine> {
    private final Supplier<RiskEngine> build;
    private RiskEngine engine;

    LazyEngine(Supplier<RiskEngine> build) {
      this.build = build;
    }

    /** Builds the engine if the rules changed or the last build failed; throws what the build throws. */
    @Override
    public RiskEngine get() {
      if (engine == null) {
        engine = build.get();
      }
      return engine;
    }

    void rulesChanged() {
      engine = null;
    }
  }

  private final List<Path> ruleDirectories;
  private final List<Path> inputs;
  private final Run run;
  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean verbose;
  private final CountDownLatch finished = new CountDownLatch(1);
  private volatile RuleFolderWatcher watcher;
  private volatile boolean stopped;
  private boolean stopOnCtrlC;

  WatchLoop(List<Path> ruleDirectories, List<Path> inputs, Run run, PrintWriter out, PrintWriter err, boolean verbose) {
    this.ruleDirectories = List.copyOf(ruleDirectories);
    this.inputs = List.copyOf(inputs);
    this.run = run;
    this.out = out;
    this.err = err;
    this.verbose = verbose;
  }

  /** Makes Ctrl-C (or {@code kill}) stop the loop and end the process with exit code 0. */
  static void stopOnCtrlC(WatchLoop loop) {
    loop.stopOnCtrlC = true;
  }

  /** Runs, then watches until {@link #stop()}; returns the exit code: 0, or 2 when nothing can be watched. */
  int run() {
    Thread hook = stopOnCtrlC ? new Thread(this::stopAndExit, "antitrust-watch-stop") : null;
    try (RuleFolderWatcher w = RuleFolderWatcher.watch(ruleDirectories, inputs)) {
      watcher = w;
      if (hook != null) {
        Runtime.getRuntime().addShutdownHook(hook);
      }
      if (stopped) {
        return ExitCodes.DONE;
      }
      runOnce(true);
      err.println("watching " + describe(ruleDirectories, inputs) + " for changes (Ctrl-C to stop)");
      err.flush();
      for (Optional<Changes> changes; !stopped && (changes = w.awaitChanges()).isPresent(); ) {
        err.println(separator(changes.get().all(), LocalTime.now()));
        err.flush();
        runOnce(changes.get().rulesChanged());
      }
      return ExitCodes.DONE;
    } catch (UncheckedIOException e) {
      err.println("antitrust: " + e.getMessage());
      return ExitCodes.INVALID;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return ExitCodes.DONE;
    } finally {
      finished.countDown();
      if (hook != null) {
        try {
          Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
          // The hook is running: it ends the process.
        }
      }
    }
  }

  /** Ends the loop: at once when it is waiting, after the run under way otherwise. */
  void stop() {
    stopped = true;
    RuleFolderWatcher w = watcher;
    if (w != null) {
      w.close();
    }
  }

  private void runOnce(boolean rulesChanged) {
    try {
      run.run(rulesChanged);
    } catch (AntitrustException e) {
      ErrorPrinter.problems(err, e, verbose);
      err.println("not run: fix the problems above and save to run again");
    } catch (ParameterException e) {
      err.println(e.getMessage());
    } catch (UncheckedIOException e) {
      // A file read while it was being replaced, say: the next change runs again.
      err.println("antitrust: " + e.getMessage());
    } finally {
      out.flush();
      err.flush();
    }
  }

  /**
   * On Ctrl-C: stops the loop, lets it finish its run for a moment, and exits with 0, for stopping
   * is how a watch ends. Halting is the one way a shutdown hook can choose the exit code.
   */
  private void stopAndExit() {
    stop();
    try {
      finished.await(STOP_GRACE_MILLIS, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    out.flush();
    err.flush();
    Runtime.getRuntime().halt(ExitCodes.DONE);
  }

  /** {@code my-rules/ and deal.yaml}: folders with a slash; past four paths, a count. */
  static String describe(List<Path> ruleDirectories, List<Path> inputs) {
    List<String> names = new ArrayList<>();
    ruleDirectories.forEach(d -> names.add(d.toString().endsWith("/") ? d.toString() : d + "/"));
    inputs.forEach(p -> names.add(p.toFile().isDirectory() && !p.toString().endsWith("/") ? p + "/" : p.toString()));
    return and(names, "paths");
  }

  /** {@code --- 14:03:12 my-rules/thresholds.csv changed; running again ---}. */
  static String separator(List<Path> changed, LocalTime at) {
    List<String> names = changed.stream().map(Path::toString).toList();
    return "--- " + TIME.format(at) + " " + and(names, "files") + " changed; running again ---";
  }

  private static String and(List<String> names, String things) {
    if (names.size() > 4) {
      return String.join(", ", names.subList(0, 3)) + " and " + (names.size() - 3) + " more " + things;
    }
    if (names.size() < 2) {
      return String.join("", names);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }
}
