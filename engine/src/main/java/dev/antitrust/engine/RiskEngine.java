package dev.antitrust.engine;

import dev.antitrust.model.Assessment;
import dev.antitrust.model.Case;
import dev.antitrust.model.Concern;
import dev.antitrust.model.Foreclosure;
import dev.antitrust.model.Pipeline;
import dev.antitrust.model.RulePackInfo;
import dev.antitrust.model.Threshold;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

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

  static final String VERSION = readVersion();

  private final RulePack pack;
  private final CaseRun run;
  private final List<RuleInfo> rules;

  private RiskEngine(RulePack pack, int firingLimit, Duration caseTimeout) {
    this.pack = pack;
    this.run = new CaseRun(pack, firingLimit, caseTimeout);
    this.rules = pack.concernRules.values().stream().sorted(Comparator.comparing(RuleInfo::id)).toList();
  }

  /** A builder with the built-in rule pack and default limits. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Assesses one case. Thread-safe.
   *
   * @throws AssessmentException when a rule throws, or the case exceeds the firing limit or its time
   *     budget; the engine stays usable for the next case
   */
  public Assessment assess(Case theCase) {
    return assess(theCase, false);
  }

  /**
   * Assesses one case and, if {@code explain}, gives each concern an {@link
   * dev.antitrust.model.Explanation}: the thresholds it crossed or applied as in force on the case's
   * date, the facts it is about, and how its indicators were computed. Thread-safe.
   *
   * @throws AssessmentException when a rule throws or the case exceeds the firing limit
   */
  public Assessment assess(Case theCase, boolean explain) {
    Objects.requireNonNull(theCase, "case");
    List<Concern> concerns = run.run(theCase);
    if (explain) {
      Explainer explainer = new Explainer(indicators(theCase), thresholdsInForce(theCase));
      concerns = concerns.stream().map(c -> c.withExplanation(explainer.explain(c))).toList();
    }
    return new Assessment(theCase.id(), theCase.title(), theCase.asOf(), VERSION, pack.info, concerns);
  }

  /**
   * Says why a concern rule did or did not fire on a case. For a rule that fired, its concerns with
   * their explanations; for one that did not, the nearest miss among the rule's conditions where
   * the engine can analyse them (concentration, dominance shares, foreclosure bands); for any other
   * rule, its conditions as written with what the case holds for each: the thresholds in force, the
   * case facts of each kind, and which facts pass a comparison of their figures with a threshold.
   *
   * @throws IllegalArgumentException when the pack has no concern rule with that id
   */
  public WhyNot whyNot(Case theCase, String ruleId) {
    Objects.requireNonNull(theCase, "case");
    RuleInfo rule = rules.stream().filter(r -> r.id().equals(Objects.requireNonNull(ruleId, "ruleId"))).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no concern rule with id '" + ruleId + "'"));
    List<Concern> raised = assess(theCase, true).concerns().stream().filter(c -> c.ruleId().equals(ruleId)).toList();
    if (!raised.isEmpty()) {
      return new WhyNot(ruleId, raised, ruleId + " fired " + (raised.size() == 1 ? "once" : raised.size() + " times"),
          List.of());
    }
    return new NearestMiss(rule, pack.ruleSources.get(ruleId), indicators(theCase), thresholdsInForce(theCase)).explain();
  }

  /**
   * The rows of the thresholds table in force on the case's {@code asOf}, one per key, sorted by key,
   * money converted to the case currency: the values the rules compare against.
   */
  public Map<String, Threshold> thresholdsInForce(Case theCase) {
    return Collections.unmodifiableMap(new TreeMap<>(CurrencyConversion.inForce(pack.thresholds, theCase)));
  }

  /**
   * Each market of the case with its group shares, HHI, deal effects and the jurisdictions it
   * reaches, in case order, computed as the built-in indicator rules define them: the figures a
   * report draws beside the concerns.
   */
  public List<MarketIndicators> marketIndicators(Case theCase) {
    CaseIndicators indicators = indicators(Objects.requireNonNull(theCase, "case"));
    return theCase.markets().stream().map(indicators::marketIndicators).toList();
  }

  /**
   * The share of each input market that each group ties up through its exclusive pipelines, as the
   * built-in indicator rules define it.
   */
  public List<Foreclosure> foreclosures(Case theCase) {
    return indicators(Objects.requireNonNull(theCase, "case")).foreclosures().stream()
        .map(f -> new Foreclosure(f.group(), f.input(), f.share(),
            f.pipelines().stream().map(Pipeline::id).toList()))
        .toList();
  }

  private CaseIndicators indicators(Case theCase) {
    return new CaseIndicators(theCase, pack.lists.inForceOn(theCase.asOf()));
  }

  /** Which rules this engine runs: version, hash and sources. */
  public RulePackInfo rulePack() {
    return pack.info;
  }

  /** The concern rules of the pack, sorted by id. */
  public List<RuleInfo> rules() {
    return rules;
  }

  /** The DRL source of the concern rule with this {@code @id}, as written in its file. */
  public Optional<String> ruleSource(String id) {
    return Optional.ofNullable(pack.ruleSources.get(Objects.requireNonNull(id, "id")));
  }

  /** Every row of the pack's thresholds table after layering, sorted by key, each with its validity. */
  public List<Threshold> thresholds() {
    return pack.thresholds.rows();
  }

  /**
   * Writes the built-in pack's files (every DRL file, {@code thresholds.csv}, {@code lists.csv})
   * into {@code directory} under their paths in the pack, to start a rule folder from. Checks every
   * target before writing, so a refused export writes nothing.
   *
   * @return the files written, in path order
   * @throws RulePackException naming each file that already exists, unless {@code overwrite}
   */
  public static List<Path> exportBuiltInPack(Path directory, boolean overwrite) {
    return RulePackSources.export(Objects.requireNonNull(directory, "directory"), overwrite);
  }

  /** The engine's own version. */
  public static String version() {
    return VERSION;
  }

  private static String readVersion() {
    try (InputStream in = RiskEngine.class.getResourceAsStream("engine.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Configures and builds a {@link RiskEngine}. Not thread-safe; build once, share the engine. */
  public static final class Builder {
    private final List<Path> ruleDirectories = new ArrayList<>();
    private boolean builtInRules = true;
    private boolean trustedRules;
    private int firingLimit = 100_000;
    private Duration caseTimeout = Duration.ofSeconds(10);
    private Path ruleCache;
    private boolean classicCompiler;

    private Builder() {}

    /**
     * Layers a rule directory over the built-in pack and any directory added before it: a file with
     * the same relative path replaces the earlier file, a rule with the same {@code @id} replaces the
     * earlier rule, a {@code thresholds.csv} overrides rows by key, and a {@code disabled.csv}
     * (columns {@code id,reason}) turns rules off.
     */
    public Builder rules(Path directory) {
      ruleDirectories.add(Objects.requireNonNull(directory, "directory"));
      return this;
    }

    /** Leaves out the built-in pack, so only the given directories are loaded. */
    public Builder withoutBuiltInRules() {
      builtInRules = false;
      return this;
    }

    /**
     * Turns the rule policy off: the rules may then use any Java, including file, network and process
     * access. Only for rules from people the operator trusts as much as the engine's own code; the
     * pack's {@link RulePackInfo#trustedRules()} records it.
     */
    public Builder trustRules() {
      trustedRules = true;
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
     * The wall-clock time one case may take before it is stopped as a runaway; default 10 seconds,
     * far above the milliseconds a real case takes. The session halts itself after the first rule
     * firing past the budget, and a case whose session comes to rest past it fails too; a single
     * consequence or condition that never returns is not stopped.
     */
    public Builder caseTimeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout");
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("case timeout must be positive: " + timeout);
      }
      caseTimeout = timeout;
      return this;
    }

    /** The rule directories added, in order; what a {@link ReloadingEngine} watches. */
    List<Path> ruleDirectories() {
      return List.copyOf(ruleDirectories);
    }

    /** A builder with the same settings (every field above), unaffected by later calls on this one. */
    Builder copy() {
      Builder copy = new Builder();
      copy.ruleDirectories.addAll(ruleDirectories);
      copy.builtInRules = builtInRules;
      copy.trustedRules = trustedRules;
      copy.firingLimit = firingLimit;
      copy.caseTimeout = caseTimeout;
      copy.ruleCache = ruleCache;
      copy.classicCompiler = classicCompiler;
      return copy;
    }

    /**
     * Keeps compiled rule modules in {@code directory}, one per DRL package, named by the hash of its
     * files and of the engine and Drools versions: a rule folder then compiles on its first build and
     * loads in a fraction of the time on every later one, and an edit recompiles only its package.
     * Without a cache the built-in pack still loads precompiled, and other rules compile in memory.
     * A module that fails to load is compiled again; the folder may be shared by processes.
     */
    public Builder ruleCache(Path directory) {
      ruleCache = Objects.requireNonNull(directory, "directory");
      return this;
    }

    /**
     * Compiles every rule the classic way, in memory, instead of loading or building executable-model
     * modules: seconds more at start, the same results. The reference the executable model is tested
     * against, and a way round a fault of the executable model.
     */
    public Builder classicCompiler() {
      classicCompiler = true;
      return this;
    }

    /**
     * Loads and compiles the rules.
     *
     * @throws RulePackException listing every problem in the rule files and thresholds table, and
     *     every use of what the rule policy refuses unless {@link #trustRules()} was called
     */
    public RiskEngine build() {
      if (!builtInRules && ruleDirectories.isEmpty()) {
        throw new IllegalStateException("no rules: add a directory with rules(Path) or keep the built-in pack");
      }
      return new RiskEngine(RulePack.load(builtInRules, List.copyOf(ruleDirectories), trustedRules,
          classicCompiler ? null : new RuleModuleStore(ruleCache)), firingLimit, caseTimeout);
    }
  }
}
