package dev.antitrust.engine;

import dev.antitrust.model.Problem;
import dev.antitrust.model.Severity;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The score formula: {@code score = min(100, weight(severity) + marginPoints × min(1, margin))},
 * rounded to one decimal. The weights and margin points are rows of the thresholds table ({@code
 * score.weight.high}, {@code score.margin.points}, ...), so compliance staff can retune them. With
 * the default table the bands do not overlap: a concern never outranks a more severe one.
 */
record Scoring(Map<Severity, Double> weights, double marginPoints) {
  static final String MARGIN_KEY = "score.margin.points";

  static String weightKey(Severity s) {
    return "score.weight." + s.wireName().toLowerCase(Locale.ROOT);
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
    return new Scoring(Map.copyOf(weights), margin);
  }

  double score(Severity severity, double margin) {
    double raw = weights.getOrDefault(severity, 0.0) + marginPoints * Math.min(1.0, Math.max(0.0, margin));
    return Math.round(Math.max(0, Math.min(100, raw)) * 10) / 10.0;
  }
}
