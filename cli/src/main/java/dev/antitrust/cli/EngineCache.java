package dev.antitrust.cli;

import dev.antitrust.engine.RiskEngine;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Builds engines, keeping the one for the built-in pack: its rules are classpath resources that
 * cannot change while the JVM runs, so one compile serves every run in the process (tests run many).
 * Engines with rule directories or other settings are built afresh, since their files may change
 * between runs.
 */
final class EngineCache {
  private static volatile RiskEngine builtIn;

  private EngineCache() {}

  static RiskEngine forRules(List<Path> ruleDirectories, boolean trustRules, Optional<Duration> caseTimeout) {
    if (!ruleDirectories.isEmpty() || trustRules || caseTimeout.isPresent()) {
      RiskEngine.Builder builder = RiskEngine.builder();
      ruleDirectories.forEach(builder::rules);
      if (trustRules) {
        builder.trustRules();
      }
      caseTimeout.ifPresent(builder::caseTimeout);
      return builder.build();
    }
    RiskEngine engine = builtIn;
    if (engine == null) {
      synchronized (EngineCache.class) {
        engine = builtIn;
        if (engine == null) {
          engine = RiskEngine.builder().build();
          builtIn = engine;
        }
      }
    }
    return engine;
  }
}
