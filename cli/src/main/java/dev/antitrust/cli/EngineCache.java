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
  private static final EngineBuild BUILT_IN = new EngineBuild(() -> newBuilder().build());

  /** Where compiled rule modules are kept between runs: this property, else the environment variable. */
  static final String RULE_CACHE_PROPERTY = "antitrust.rule-cache";
  static final String RULE_CACHE_VARIABLE = "ANTITRUST_RULE_CACHE";

  private EngineCache() {}

  /**
   * A builder that keeps compiled rule modules in the user's cache folder, so an edited rule folder
   * compiles once and then starts fast: {@code $ANTITRUST_RULE_CACHE} (or {@code off}), else
   * {@code $XDG_CACHE_HOME/antitrust/rule-modules}, else {@code ~/.cache/antitrust/rule-modules}.
   */
  static RiskEngine.Builder newBuilder() {
    RiskEngine.Builder builder = RiskEngine.builder();
    ruleCache().ifPresent(builder::ruleCache);
    return builder;
  }

  static Optional<Path> ruleCache() {
    String setting = System.getProperty(RULE_CACHE_PROPERTY, System.getenv(RULE_CACHE_VARIABLE));
    if (setting != null && !setting.isBlank()) {
      return setting.equals("off") ? Optional.empty() : Optional.of(Path.of(setting));
    }
    String xdg = System.getenv("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank()) {
      return Optional.of(Path.of(xdg, "antitrust", "rule-modules"));
    }
    String home = System.getProperty("user.home");
    return home == null || home.isBlank() ? Optional.empty() : Optional.of(Path.of(home, ".cache", "antitrust", "rule-modules"));
  }

  static RiskEngine forRules(List<Path> ruleDirectories, boolean trustRules, Optional<Duration> caseTimeout) {
    if (!ruleDirectories.isEmpty() || trustRules || caseTimeout.isPresent()) {
      RiskEngine.Builder builder = newBuilder();
      ruleDirectories.forEach(builder::rules);
      if (trustRules) {
        builder.trustRules();
      }
      caseTimeout.ifPresent(builder::caseTimeout);
      return builder.build();
    }
    return BUILT_IN.get();
  }

  /**
   * Starts building the built-in pack's engine on a thread of its own, before the command line is
   * even parsed, for a command that will ask {@link #forRules} for it.
   */
  static void startBuildingBuiltIn() {
    BUILT_IN.start();
  }
}
