package dev.antitrust.cli;

import dev.antitrust.engine.RiskEngine;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * One build of an engine, which may run on a thread of its own from the moment it is started, so
 * that building the rule pack overlaps with parsing the command line and reading the cases, each a
 * good part of a cold start. Asking for the engine waits for a build in progress, builds it on the
 * spot if none was started, and throws what the build threw.
 */
final class EngineBuild implements Supplier<RiskEngine> {
  private final FutureTask<RiskEngine> task;
  private final AtomicBoolean started = new AtomicBoolean();

  EngineBuild(Supplier<RiskEngine> builder) {
    this.task = new FutureTask<>(builder::get);
  }

  /** Starts the build on a thread of its own, unless it has started already; returns this. */
  EngineBuild start() {
    if (started.compareAndSet(false, true)) {
      Thread thread = new Thread(task, "antitrust-rule-pack-build");
      // A run that never asks for the engine (help, a case that cannot be read) must not wait for it.
      thread.setDaemon(true);
      thread.start();
    }
    return this;
  }

  @Override
  public RiskEngine get() {
    task.run(); // builds here unless the build has run or is running elsewhere
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the rule pack was being built", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("the rule pack could not be built", e.getCause());
    }
  }
}
