package dev.antitrust.engine;

import dev.antitrust.model.Category;
import dev.antitrust.model.Problem;
import dev.antitrust.model.Severity;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The score formula: {@code score = clamp(0, 100, weight(severity) + adjustment(category) +
 * marginPoints × min(1, margin))}, rounded to one decimal. The weights, the margin points and the
 * optional category adjustments are rows of the thresholds table ({@code score.weight.high}, {@code
 * score.margin.points}, {@code score.category.merger-filing}, ...), so compliance staff can retune
 * them. With the default table the severity bands do not overlap: a concern never outranks a more
 * severe one; and the filing adjustment puts procedural filing duties below substantive concerns of
 * the same severity.
 */
record Scoring(Map<Severity, Double> weights, Map<Category, Double> adjustments, double marginPoints) {
  static final String MARGIN_KEY = "score.margin.points";

  static String weightKey(Severity s) {
    return "score.weight." + s.wireName().toLowerCase(Locale.ROOT);
  }

  static String adjustmentKey(Category c) {
    return "score.category." + c.wireName();
  }

  /** Reads the weights from the table; a missing row is a problem. */
  static Scoring from(ThresholdTable table, List<Problem> problems) {
    Map<Severity, Double> weights = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      table.timelessValue(weightKey(s)).ifPresentOrElse(
          w -> weights.put(s, w),
          () -> problems.add(Problem.at(ThresholdTable.FILE_NAME,
              "needs exactly one row for '" + weightKey(s) + "' (the score weight of " + s.wireName() + " concerns)")));
    }
    double margin = table.timelessValue(MARGIN_KEY).orElseGet(() -> {
      problems.add(Problem.at(ThresholdTable.FILE_NAME,
          "needs exactly one row for '" + MARGIN_KEY + "' (the points for how far past its threshold a case lies)"));
      return 0.0;
    });
    Map<Category, Double> adjustments = new EnumMap<>(Category.class);
    for (Category c : Category.values()) {
      table.timelessValue(adjustmentKey(c)).ifPresent(points -> adjustments.put(c, points));
    }
    return new Scoring(Map.copyOf(weights), Map.copyOf(adjustments), margin);
  }

  double score(Severity severity, Category category, double margin) {
    double raw = weights.getOrDefault(severity, 0.0) + adjustments.getOrDefault(category, 0.0)
        + marginPoints * Math.min(1.0, Math.max(0.0, margin));
    return Math.round(Math.max(0, Math.min(100, raw)) * 10) / 10.0;
  }
}
