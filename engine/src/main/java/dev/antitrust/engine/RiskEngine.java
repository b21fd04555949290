package dev.antitrust.engine;

import dev.antitrust.model.Assessment;
import dev.antitrust.model.Case;
import dev.antitrust.model.RulePackInfo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Screens cases against a rule pack. Build one with {@link #builder()}: the rules compile once, and
 * the engine is then immutable and safe to share between threads; each {@link #assess} call runs in
 * its own rule session.
 *
 * <pre>{@code
 * RiskEngine engine = RiskEngine.builder().rules(Path.of("my-rules")).build();
 * Assessment a = engine.assess(CaseReader.read(Path.of("case.yaml")));
 * }</pre>
 */
public final class RiskEngine {

  private RiskEngine() {}

  /** A builder with the built-in rule pack and default limits. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Assesses one case. Thread-safe.
   *
   * @throws AssessmentException when a rule throws or the case exceeds the firing limit
   */
  public Assessment assess(Case theCase) {
    throw new UnsupportedOperationException("not yet");
  }

  /** Which rules this engine runs: version, hash and sources. */
  public RulePackInfo rulePack() {
    throw new UnsupportedOperationException("not yet");
  }

  /** The concern rules of the pack, sorted by id. */
  public List<RuleInfo> rules() {
    throw new UnsupportedOperationException("not yet");
  }

  /** The engine's own version. */
  public static String version() {
    throw new UnsupportedOperationException("not yet");
  }

  /** Configures and builds a {@link RiskEngine}. Not thread-safe; build once, share the engine. */
  public static final class Builder {
    private final List<Path> ruleDirectories = new ArrayList<>();
    private boolean builtInRules = true;
    private int firingLimit = 100_000;

    private Builder() {}

    /**
     * Layers a rule directory over the built-in pack and any directory added before it: a file with
     * the same relative path replaces the earlier file, a rule with the same {@code @id} replaces the
     * earlier rule, and a {@code thresholds.csv} overrides rows by key.
     */
    public Builder rules(Path directory) {
      ruleDirectories.add(directory);
      return this;
    }

    /** Leaves out the built-in pack, so only the given directories are loaded. */
    public Builder withoutBuiltInRules() {
      builtInRules = false;
      return this;
    }

    /** The most rule firings one case may take before it is stopped as a runaway; default 100,000. */
    public Builder firingLimit(int limit) {
      if (limit < 1) {
        throw new IllegalArgumentException("firing limit must be at least 1: " + limit);
      }
      firingLimit = limit;
      return this;
    }

    /**
     * Loads and compiles the rules.
     *
     * @throws RulePackException listing every problem in the rule files and thresholds table
     */
    public RiskEngine build() {
      throw new UnsupportedOperationException("not yet");
    }
  }
}
