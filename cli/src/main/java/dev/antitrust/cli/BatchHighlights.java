package dev.antitrust.cli;

import dev.antitrust.model.Assessment;
import dev.antitrust.model.Category;
import dev.antitrust.model.Concern;
import dev.antitrust.model.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * What a batch overview shows beyond the counts, gathered by the writer thread as records go out:
 * concerns by category and jurisdiction, the most serious cases, the rules that fired, and the
 * first errors. Memory stays bounded however many cases pass: the top cases and errors are capped,
 * the rest are counts. Not thread-safe.
 */
final class BatchHighlights {
  /** How many of the most serious cases the overview lists. */
  static final int TOP_CASES = 50;
  /** How many errors the overview links to; every error is in the report all the same. */
  static final int ERRORS_LISTED = 20;

  /**
   * One case as the overview lists it.
   *
   * @param order the case's position in the input, which breaks ties and keeps the list stable
   */
  record CaseSummary(long order, String caseId, String title, String location, Severity highest, double topScore,
      int concerns) {}

  /** One rule that fired, with how often. */
  record RuleSummary(String ruleId, String title, Category category, Severity severity, String jurisdiction,
      String citation, long concerns) {}

  /** An error as the overview links to it. */
  record ErrorSummary(String location, String message) {}

  /** Most serious first: highest severity, then top score, then more concerns, then input order. */
  static final Comparator<CaseSummary> MOST_SERIOUS = Comparator.comparing(CaseSummary::highest)
      .thenComparing(Comparator.comparingDouble(CaseSummary::topScore).reversed())
      .thenComparing(Comparator.comparingInt(CaseSummary::concerns).reversed())
      .thenComparingLong(CaseSummary::order);

  private final ConcernGrid grid = new ConcernGrid(List.of());
  private final Map<Category, Long> byCategory = new EnumMap<>(Category.class);
  // The least serious of the kept cases at the head, so it is the one to drop.
  private final PriorityQueue<CaseSummary> top = new PriorityQueue<>(MOST_SERIOUS.reversed());
  private final Map<String, RuleSummary> rules = new TreeMap<>();
  private final List<ErrorSummary> errors = new ArrayList<>();
  private long order;

  void add(CaseJob.Outcome outcome) {
    order++;
    if (outcome.error() != null) {
      if (errors.size() < ERRORS_LISTED) {
        List<String> messages = outcome.error().messages();
        errors.add(new ErrorSummary(outcome.location(), messages.isEmpty() ? "" : messages.get(0)));
      }
      return;
    }
    Assessment a = outcome.assessment();
    if (a == null || a.concerns().isEmpty()) {
      return;
    }
    for (Concern c : a.concerns()) {
      grid.add(c);
      byCategory.merge(c.category(), 1L, Long::sum);
      rules.merge(c.ruleId(), new RuleSummary(c.ruleId(), c.title(), c.category(), c.severity(), c.jurisdiction(),
          c.citation(), 1), (old, one) -> new RuleSummary(old.ruleId(), old.title(), old.category(), old.severity(),
          old.jurisdiction(), old.citation(), old.concerns() + 1));
    }
    double topScore = a.concerns().stream().mapToDouble(Concern::score).max().orElse(0);
    top.add(new CaseSummary(order, a.caseId(), a.title(), outcome.location(), a.highestSeverity().orElseThrow(), topScore,
        a.concerns().size()));
    if (top.size() > TOP_CASES) {
      top.poll();
    }
  }

  ConcernGrid grid() {
    return grid;
  }

  /** Concerns by category, every category listed, in the category order. */
  Map<Category, Long> concernsByCategory() {
    Map<Category, Long> counts = new EnumMap<>(Category.class);
    for (Category c : Category.values()) {
      counts.put(c, byCategory.getOrDefault(c, 0L));
    }
    return counts;
  }

  /** Up to {@link #TOP_CASES} cases, most serious first. */
  List<CaseSummary> topCases() {
    return top.stream().sorted(MOST_SERIOUS).toList();
  }

  /** Every rule that fired, by id. */
  List<RuleSummary> rules() {
    return List.copyOf(rules.values());
  }

  /** The first {@link #ERRORS_LISTED} errors, in input order. */
  List<ErrorSummary> firstErrors() {
    return List.copyOf(errors);
  }
}
