package dev.antitrust.cli;

import dev.antitrust.engine.RiskEngine;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * An engine built on another thread from the moment it is started, so that reading the cases and
 * building the rule pack, each a good part of a cold start, overlap on two cores. Asking for it waits
 * for the build and throws what the build threw, as building it on the spot would have.
 */
final class EngineInBackground implements Supplier<RiskEngine> {
  private final FutureTask<RiskEngine> build;

  private EngineInBackground(FutureTask<RiskEngine> build) {
    this.build = build;
  }

  static EngineInBackground start(Supplier<RiskEngine> builder) {
    FutureTask<RiskEngine> build = new FutureTask<>(builder::get);
    Thread thread = new Thread(build, "antitrust-rule-pack-build");
    // A run that reads no case never asks for the engine, and must not wait for it to exit.
    thread.setDaemon(true);
    thread.start();
    return new EngineInBackground(build);
  }

  @Override
  public RiskEngine get() {
    try {
      return build.get();
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
