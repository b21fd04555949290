package dev.antitrust.bench;

import dev.antitrust.engine.RuleInfo;
import dev.antitrust.model.Category;
import dev.antitrust.model.Case;
import dev.antitrust.model.Concern;
import dev.antitrust.model.Finding;
import dev.antitrust.model.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The rules of {@link SubsetPack} written by hand in plain Java: the baseline the engine's throughput
 * is measured against. It computes the same indicators ({@link CaseFacts}), raises the same findings
 * with the same sentences and figures, and scores, merges and ranks them as the engine does, so that
 * both do the same work per case. The rules' metadata (title, category, citation...) is data, taken
 * from the engine's catalogue of the same rule folder. Thread-safe: it keeps no state per case.
 */
final class HandWrittenRules {
  /** The same total order as the engine's ranking: score, severity, jurisdiction, rule id, subjects. */
  static final Comparator<Concern> ORDER = Comparator.comparingDouble(Concern::score).reversed()
      .thenComparing(Concern::severity)
      .thenComparing(Concern::jurisdiction)
      .thenComparing(Concern::ruleId)
      .thenComparing(c -> String.join(",", c.subjects()))
      .thenComparing(Concern::finding);

  /** A finding with the id of the rule that raised it. */
  record Raised(String ruleId, Finding finding) {}

  private final PackTables tables;
  private final Map<String, RuleInfo> rules = new LinkedHashMap<>();
  private final Map<Severity, Double> weights = new EnumMap<>(Severity.class);
  private final Map<Category, Double> adjustments = new EnumMap<>(Category.class);
  private final double marginPoints;

  /**
   * The hand-written rules over the thresholds and lists of {@code folder}, with the metadata of
   * {@code catalogue} (the engine's {@code rules()} for the same folder).
   */
  HandWrittenRules(Path folder, List<RuleInfo> catalogue) {
    this(PackTables.read(folder), catalogue);
  }

  HandWrittenRules(PackTables tables, List<RuleInfo> catalogue) {
    this.tables = tables;
    catalogue.forEach(r -> rules.put(r.id(), r));
    for (Severity s : Severity.values()) {
      weights.put(s, tables.timeless("score.weight." + s.wireName().toLowerCase(Locale.ROOT)));
    }
    for (Category c : Category.values()) {
      adjustments.put(c, tables.timeless("score.category." + c.wireName()));
    }
    marginPoints = tables.timeless("score.margin.points");
    tables.checkNoMoney(Set.copyOf(catalogue.stream().flatMap(r -> r.thresholdKeys().stream()).toList()));
  }

  /** The ranked concerns of one case, as the engine restricted to the subset gives them. */
  List<Concern> assess(Case theCase) {
    CaseFacts facts = new CaseFacts(theCase, tables.thresholdsOn(theCase.asOf()), tables.listsOn(theCase.asOf()));
    List<Raised> raised = new ArrayList<>();
    ConcentrationRules.raise(facts, raised);
    DominanceRules.raise(facts, raised);
    ForeclosureRules.raise(facts, raised);
    InformationExchangeRules.raise(facts, raised);
    ExportControlRules.raise(facts, raised);
    Map<String, Concern> unique = new LinkedHashMap<>();
    for (Raised r : raised) {
      RuleInfo info = Objects.requireNonNull(rules.get(r.ruleId()), () -> "no rule " + r.ruleId() + " in the catalogue");
      if (!theCase.covers(info.jurisdiction())) {
        continue;
      }
      Finding f = r.finding();
      Concern c = new Concern(0, score(info, f.margin()), info.id(), info.title(), info.category(), info.jurisdiction(),
          info.severity(), f.text(), info.citation(), f.subjects(), f.figures(), f.thresholds());
      unique.merge(c.ruleId() + "\u0000" + String.join("\u0000", c.subjects()), c,
          (a, b) -> ORDER.compare(a, b) <= 0 ? a : b);
    }
    List<Concern> sorted = new ArrayList<>(unique.values());
    sorted.sort(ORDER);
    List<Concern> ranked = new ArrayList<>(sorted.size());
    for (int i = 0; i < sorted.size(); i++) {
      ranked.add(sorted.get(i).withRank(i + 1));
    }
    return List.copyOf(ranked);
  }

  private double score(RuleInfo rule, double margin) {
    double raw = weights.get(rule.severity()) + adjustments.get(rule.category())
        + marginPoints * Math.min(1.0, Math.max(0.0, margin));
    return Math.round(Math.max(0, Math.min(100, raw)) * 10) / 10.0;
  }
}
