package dev.antitrust.engine;

import dev.antitrust.model.Problem;
import java.io.Closeable;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link RiskEngine} that follows its rule folders: when a rule file or table changes, the engine
 * is built again in the background and put in service, so a service picks up edited rules without a
 * restart. A rebuild that fails leaves the engine in service as it was and is reported to the
 * {@link Listener}.
 *
 * <pre>{@code
 * ReloadingEngine engines = ReloadingEngine.start(RiskEngine.builder().rules(Path.of("my-rules")),
 *     new ReloadingEngine.Listener() {
 *       public void rebuildFailed(RulePackException e, List<Path> changed) { log.warn(e.getMessage()); }
 *     });
 * Assessment a = engines.current().assess(theCase);   // on every request: the newest good engine
 * }</pre>
 *
 * <p>Changes are collected until {@link RuleFolderWatcher#QUIET} has passed without one, then
 * built once; changes made while a build runs lead to one more build. Thread-safe.
 */
public final class ReloadingEngine implements Closeable {

  /**
   * Hears about rebuilds, on the watching thread. A rebuild takes as long as building the engine did
   * (seconds for the built-in pack), and the next one waits until the listener returns.
   */
  public interface Listener {
    /** The engine was built again after {@code changed} and is now in service. */
    default void reloaded(RiskEngine engine, List<Path> changed) {}

    /**
     * Building again after {@code changed} failed; the engine in service is unchanged. {@code failure}
     * lists every problem as {@code file:line:column: message}.
     */
    default void rebuildFailed(RulePackException failure, List<Path> changed) {}
  }

  private final AtomicReference<RiskEngine> current;
  private final RiskEngine.Builder builder;
  private final RuleFolderWatcher watcher;
  private final Listener listener;
  private final Thread thread;
  private volatile boolean closed;

  private ReloadingEngine(RiskEngine first, RiskEngine.Builder builder, RuleFolderWatcher watcher, Listener listener) {
    this.current = new AtomicReference<>(first);
    this.builder = builder;
    this.watcher = watcher;
    this.listener = listener;
    this.thread = new Thread(this::watch, "antitrust-rule-watcher");
    thread.setDaemon(true);
  }

  /**
   * Builds the engine and starts watching the builder's rule directories. Later calls on {@code
   * builder} do not affect this engine.
   *
   * @throws RulePackException when the rules do not load now; nothing is left running
   * @throws IllegalArgumentException when the builder has no rule directory to watch
   * @throws java.io.UncheckedIOException when a rule directory cannot be watched
   */
  public static ReloadingEngine start(RiskEngine.Builder builder, Listener listener) {
    RiskEngine.Builder own = Objects.requireNonNull(builder, "builder").copy();
    Objects.requireNonNull(listener, "listener");
    if (own.ruleDirectories().isEmpty()) {
      throw new IllegalArgumentException("nothing to watch: the builder has no rule directory");
    }
    // Watching starts before the first build, so an edit saved while it compiles is not missed.
    RuleFolderWatcher watcher = RuleFolderWatcher.watch(own.ruleDirectories(), List.of());
    RiskEngine first;
    try {
      first = own.build();
    } catch (RuntimeException e) {
      watcher.close();
      throw e;
    }
    ReloadingEngine engine = new ReloadingEngine(first, own, watcher, listener);
    engine.thread.start();
    return engine;
  }

  /** The engine in service: the last one that built. */
  public RiskEngine current() {
    return current.get();
  }

  /**
   * Stops watching. A rebuild under way finishes in the background and is dropped, and the listener
   * is not called again (a call already under way completes). {@link #current()} keeps returning the
   * last engine that built.
   */
  @Override
  public void close() {
    closed = true;
    watcher.close();
  }

  private void watch() {
    try {
      for (Optional<RuleFolderWatcher.Changes> changes; !closed && (changes = watcher.awaitChanges()).isPresent(); ) {
        rebuild(changes.get().ruleFiles());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void rebuild(List<Path> changed) {
    RiskEngine engine;
    try {
      engine = builder.build();
    } catch (RulePackException e) {
      tell(() -> listener.rebuildFailed(e, changed));
      return;
    } catch (RuntimeException e) {
      // Not a mistake in the rules, yet the engine in service must stay, and the listener know.
      RulePackException failure = new RulePackException(
          List.of(Problem.at(changed.isEmpty() ? "rules" : changed.get(0).toString(), "cannot build the engine: " + e)), e);
      tell(() -> listener.rebuildFailed(failure, changed));
      return;
    }
    if (closed) {
      return;
    }
    current.set(engine);
    tell(() -> listener.reloaded(engine, changed));
  }

  /** Calls the listener; what it throws goes to the thread's handler and watching goes on. */
  private void tell(Runnable call) {
    if (closed) {
      return;
    }
    try {
      call.run();
    } catch (RuntimeException e) {
      thread.getUncaughtExceptionHandler().uncaughtException(thread, e);
    }
  }
}
