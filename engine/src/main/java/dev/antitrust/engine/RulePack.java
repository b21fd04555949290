package dev.antitrust.engine;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import dev.antitrust.engine.DrlOutline.RuleOutline;
import dev.antitrust.model.DisabledRule;
import dev.antitrust.model.Problem;
import dev.antitrust.model.RulePackInfo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.kie.api.KieBase;

/**
 * A loaded, checked and compiled rule pack: the KieBase shared by all sessions, the catalogue of
 * concern rules by their Drools name, the thresholds table and the scoring weights.
 */
final class RulePack {
  final KieBase kieBase;
  /** Concern rules by qualified Drools name ({@code package.rule name}). */
  final Map<String, RuleInfo> concernRules;
  /** The DRL source of each concern rule, by {@code @id}. */
  final Map<String, String> ruleSources;
  final ThresholdTable thresholds;
  final ReferenceLists lists;
  final Scoring scoring;
  final RulePackInfo info;

  private RulePack(KieBase kieBase, Map<String, RuleInfo> concernRules, Map<String, String> ruleSources,
      ThresholdTable thresholds, ReferenceLists lists, Scoring scoring, RulePackInfo info) {
    this.kieBase = kieBase;
    this.concernRules = concernRules;
    this.ruleSources = ruleSources;
    this.thresholds = thresholds;
    this.lists = lists;
    this.scoring = scoring;
    this.info = info;
  }

  /**
   * Loads the built-in pack (if wanted) and each directory over it, drops overridden and disabled
   * rules, checks metadata, thresholds and (unless the rules are trusted) the rule policy, and
   * compiles.
   *
   * @throws RulePackException with every problem found
   */
  static RulePack load(boolean builtIn, List<Path> directories, boolean trusted) {
    return load(builtIn, directories, trusted, new RuleModuleStore(null));
  }

  /**
   * As {@link #load(boolean, List, boolean)}, with compiled modules taken from and kept in a store;
   * without one (null), every rule is compiled the classic way.
   */
  static RulePack load(boolean builtIn, List<Path> directories, boolean trusted, RuleModuleStore modules) {
    List<Problem> problems = new ArrayList<>();
    List<List<RuleFile>> layers = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    if (builtIn) {
      layers.add(RulePackSources.builtIn());
      sources.add("builtin");
    }
    for (int i = 0; i < directories.size(); i++) {
      layers.add(RulePackSources.directory(directories.get(i), i + 1, problems));
      sources.add(directories.get(i).toString());
    }
    List<RuleFile> files = RulePackSources.layer(layers);
    List<RuleFile> tables = layers.stream().flatMap(List::stream).filter(RuleFile::isThresholdTable).toList();
    List<RuleFile> listTables = layers.stream().flatMap(List::stream).filter(RuleFile::isListTable).toList();

    List<DrlOutline> outlines = files.stream().filter(RuleFile::isDrl).map(StoredOutlines::of)
        .sorted(Comparator.comparingInt((DrlOutline o) -> o.file().layer()).thenComparing(o -> o.file().path()))
        .toList();
    if (outlines.isEmpty()) {
      problems.add(Problem.at(sources.isEmpty() ? "rule pack" : String.join(", ", sources), "has no .drl rule files"));
    }
    outlines.forEach(o -> problems.addAll(o.syntaxProblems()));
    boolean refusedByPolicy = false;
    if (!trusted) {
      List<Problem> refused = RulePolicy.check(outlines);
      problems.addAll(refused);
      refusedByPolicy = !refused.isEmpty();
    }
    Map<DrlOutline, List<RuleOutline>> dropped = dropOverridden(outlines, problems);
    List<RuleFile> disabledLists = layers.stream().flatMap(List::stream).filter(RuleFile::isDisabledList).toList();
    List<DisabledRule> disabled = DisabledList.apply(disabledLists, outlines, dropped, problems);

    Map<RuleFile, String> compiled = new LinkedHashMap<>();
    Map<String, Map<RuleFile, String>> byPackage = new TreeMap<>();
    for (DrlOutline outline : outlines) {
      String text = outline.textWithout(dropped.getOrDefault(outline, List.of()));
      if (text != null) {
        compiled.put(outline.file(), text);
        byPackage.computeIfAbsent(outline.packageName(), k -> new LinkedHashMap<>()).put(outline.file(), text);
      }
    }
    // The tables and the metadata are checked on a thread of their own while the rules compile: in a
    // cold start each takes a good part of the time the other does, and neither needs the other.
    Checks checks = new Checks(sources, tables, listTables, outlines, dropped);
    FutureTask<Checks> checking = new FutureTask<>(checks::run);
    Thread checker = new Thread(checking, "antitrust-rule-pack-checks");
    checker.setDaemon(true);
    checker.start();
    // Compiled even when the outline found problems, so that one run reports type errors too; but
    // code the policy refused is never handed to a compiler: safety must not depend on compilers
    // (MVEL's folds constant expressions) never evaluating what they read.
    List<Problem> compileProblems = new ArrayList<>();
    KieBase base = compiled.isEmpty() || refusedByPolicy ? null : problems.isEmpty() && modules != null
        ? RuleCompiler.compile(compiled, byPackage, modules, compileProblems)
        : RuleCompiler.compile(compiled, compileProblems);
    join(checking);
    problems.addAll(checks.problems);
    problems.addAll(compileProblems);
    if (!problems.isEmpty() || base == null) {
      throw new RulePackException(sorted(problems));
    }
    List<RuleFile> allTables = new ArrayList<>(tables);
    allTables.addAll(listTables);
    allTables.addAll(disabledLists);
    RulePackInfo info = new RulePackInfo(RulePackSources.builtInVersion(), sha256(files, allTables), sources, disabled,
        trusted);
    return new RulePack(base, Map.copyOf(checks.catalogue), Map.copyOf(checks.ruleSources), checks.table, checks.lists,
        checks.scoring, info);
  }

  /** Waits for the checks, passing on what they threw. */
  private static void join(FutureTask<Checks> checking) {
    try {
      checking.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while checking the rule pack", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /**
   * What the pack's tables and metadata give and the problems they have: the thresholds, lists and
   * scoring weights, and the catalogue of concern rules with their source. Every rule that stays in
   * the pack is checked for its metadata and for the thresholds and lists it names.
   */
  private static final class Checks {
    private final List<String> sources;
    private final List<RuleFile> tables;
    private final List<RuleFile> listTables;
    private final List<DrlOutline> outlines;
    private final Map<DrlOutline, List<RuleOutline>> dropped;
    final List<Problem> problems = new ArrayList<>();
    final Map<String, RuleInfo> catalogue = new TreeMap<>();
    final Map<String, String> ruleSources = new TreeMap<>();
    ThresholdTable table;
    ReferenceLists lists;
    Scoring scoring;

    Checks(List<String> sources, List<RuleFile> tables, List<RuleFile> listTables, List<DrlOutline> outlines,
        Map<DrlOutline, List<RuleOutline>> dropped) {
      this.sources = sources;
      this.tables = tables;
      this.listTables = listTables;
      this.outlines = outlines;
      this.dropped = dropped;
    }

    Checks run() {
      if (tables.isEmpty()) {
        problems.add(Problem.at(sources.isEmpty() ? "rule pack" : String.join(", ", sources),
            "has no " + ThresholdTable.FILE_NAME + ": the rules need a thresholds table"));
      }
      table = ThresholdTable.parse(tables, problems);
      lists = ReferenceLists.parse(listTables, problems);
      scoring = Scoring.from(table, problems);
      for (DrlOutline outline : outlines) {
        List<RuleOutline> gone = dropped.getOrDefault(outline, List.of());
        for (RuleOutline rule : outline.rules()) {
          if (gone.contains(rule)) {
            continue;
          }
          RuleMetadata.check(outline.file(), rule, problems).ifPresent(info -> {
            catalogue.put(outline.packageName() + "." + rule.name(), info);
            ruleSources.put(info.id(), outline.textOf(rule).stripTrailing());
          });
          checkReferences(outline, rule, table, lists, problems);
        }
      }
      return this;
    }
  }

  private static void checkReferences(DrlOutline outline, RuleOutline rule, ThresholdTable table, ReferenceLists lists,
      List<Problem> problems) {
    for (String key : rule.thresholdKeys()) {
      if (!table.hasKey(key)) {
        problems.add(new Problem(outline.file().displayName(), rule.line(), rule.column(),
            "rule \"" + rule.name() + "\" uses threshold '" + key + "', which " + ThresholdTable.FILE_NAME + " does not have"));
      }
    }
    for (String list : rule.listNames()) {
      if (!lists.hasList(list)) {
        problems.add(new Problem(outline.file().displayName(), rule.line(), rule.column(),
            "rule \"" + rule.name() + "\" uses list '" + list + "', which " + ReferenceLists.FILE_NAME + " does not have"));
      }
    }
  }

  /** By file, then line and column; problems of one place keep the order found. */
  private static List<Problem> sorted(List<Problem> problems) {
    List<Problem> sorted = new ArrayList<>(new LinkedHashSet<>(problems));
    sorted.sort(Comparator.comparing(Problem::source).thenComparingInt(Problem::line).thenComparingInt(Problem::column));
    return sorted;
  }

  /**
   * A rule whose {@code @id} a later layer defines again is dropped from the earlier file. Two rules
   * with one id in the same layer are a problem.
   */
  private static Map<DrlOutline, List<RuleOutline>> dropOverridden(List<DrlOutline> outlines, List<Problem> problems) {
    Map<String, Map.Entry<DrlOutline, RuleOutline>> byId = new HashMap<>();
    Map<DrlOutline, List<RuleOutline>> dropped = new HashMap<>();
    for (DrlOutline outline : outlines) {
      for (RuleOutline rule : outline.rules()) {
        String id = rule.id();
        if (id == null || id.isBlank()) {
          continue;
        }
        Map.Entry<DrlOutline, RuleOutline> earlier = byId.put(id, Map.entry(outline, rule));
        if (earlier == null) {
          continue;
        }
        if (earlier.getKey().file().layer() < outline.file().layer()) {
          dropped.computeIfAbsent(earlier.getKey(), k -> new ArrayList<>()).add(earlier.getValue());
        } else {
          problems.add(new Problem(outline.file().displayName(), rule.line(), rule.column(),
              "rule \"" + rule.name() + "\" repeats @id(\"" + id + "\") of rule \"" + earlier.getValue().name()
                  + "\" at " + earlier.getKey().file().displayName() + ":" + earlier.getValue().line()));
        }
      }
    }
    return dropped;
  }

  /** Over each file's path and the SHA-256 of its text, so that no text is hashed twice. */
  private static String sha256(List<RuleFile> files, List<RuleFile> tables) {
    Hasher h = Hashing.sha256().newHasher();
    for (RuleFile f : files) {
      if (f.isDrl()) {
        h.putString(f.path(), StandardCharsets.UTF_8).putByte((byte) 0).putString(f.sha256(), StandardCharsets.UTF_8).putByte((byte) 0);
      }
    }
    for (RuleFile t : tables) {
      h.putString(t.path() + "@" + t.layer(), StandardCharsets.UTF_8).putByte((byte) 0)
          .putString(t.sha256(), StandardCharsets.UTF_8).putByte((byte) 0);
    }
    return h.hash().toString();
  }
}
