package dev.antitrust.engine;

import dev.antitrust.model.Concern;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges duplicate concerns and puts them in a total, deterministic order: score (high first), then
 * severity (most serious first), jurisdiction, rule id, and subjects. The same rule raised twice for
 * the same subjects is one concern, the higher-scoring one.
 */
final class ConcernRanker {
  static final Comparator<Concern> ORDER = Comparator.comparingDouble(Concern::score).reversed()
      .thenComparing(Concern::severity)
      .thenComparing(Concern::jurisdiction)
      .thenComparing(Concern::ruleId)
      .thenComparing(c -> String.join(",", c.subjects()))
      .thenComparing(Concern::finding);

  private ConcernRanker() {}

  static List<Concern> rank(List<Concern> raised) {
    Map<String, Concern> unique = new LinkedHashMap<>();
    for (Concern c : raised) {
      String key = c.ruleId() + "\u0000" + String.join("\u0000", c.subjects());
      unique.merge(key, c, (a, b) -> ORDER.compare(a, b) <= 0 ? a : b);
    }
    List<Concern> sorted = new ArrayList<>(unique.values());
    sorted.sort(ORDER);
    List<Concern> ranked = new ArrayList<>(sorted.size());
    for (int i = 0; i < sorted.size(); i++) {
      ranked.add(sorted.get(i).withRank(i + 1));
    }
    return List.copyOf(ranked);
  }
}
