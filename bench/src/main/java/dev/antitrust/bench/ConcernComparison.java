package dev.antitrust.bench;

import dev.antitrust.model.Concern;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Tells how two assessments of one case differ, concern by concern: the ones only one side raised,
 * and for the others rank, score, jurisdiction, severity, sentence, evidence and thresholds. Figures
 * are equal within a relative 1e-9: the engine's accumulates may add shares in another order than
 * the hand-written loops, which can change the last bits of a sum and nothing else.
 */
final class ConcernComparison {
  private static final double RELATIVE_TOLERANCE = 1e-9;

  private ConcernComparison() {}

  /** One line per difference, naming the case and the concern; empty when both agree. */
  static List<String> differences(String caseId, List<Concern> engine, List<Concern> handWritten) {
    Map<String, Concern> left = byKey(engine);
    Map<String, Concern> right = byKey(handWritten);
    List<String> out = new ArrayList<>();
    for (String key : new TreeSet<>(union(left, right))) {
      Concern e = left.get(key);
      Concern h = right.get(key);
      String where = caseId + " " + key.replace('\u0000', ' ') + ": ";
      if (e == null) {
        out.add(where + "only the hand-written rules raise it: " + h.finding());
      } else if (h == null) {
        out.add(where + "only the engine raises it: " + e.finding());
      } else {
        compare(where, "rank", e.rank(), h.rank(), out);
        compare(where, "score", e.score(), h.score(), out);
        compare(where, "jurisdiction", e.jurisdiction(), h.jurisdiction(), out);
        compare(where, "severity", e.severity(), h.severity(), out);
        compare(where, "finding", e.finding(), h.finding(), out);
        compareFigures(where + "evidence ", e.evidence(), h.evidence(), out);
        compareFigures(where + "threshold ", e.thresholds(), h.thresholds(), out);
      }
    }
    return out;
  }

  private static Map<String, Concern> byKey(List<Concern> concerns) {
    Map<String, Concern> byKey = new TreeMap<>();
    for (Concern c : concerns) {
      byKey.put(c.ruleId() + "\u0000" + String.join(",", c.subjects()), c);
    }
    return byKey;
  }

  private static List<String> union(Map<String, Concern> a, Map<String, Concern> b) {
    List<String> keys = new ArrayList<>(a.keySet());
    keys.addAll(b.keySet());
    return keys;
  }

  private static void compare(String where, String what, Object engine, Object handWritten, List<String> out) {
    if (!Objects.equals(engine, handWritten)) {
      out.add(where + what + " " + engine + " (engine) vs " + handWritten + " (hand-written)");
    }
  }

  private static void compareFigures(String where, Map<String, Double> engine, Map<String, Double> handWritten,
      List<String> out) {
    if (!engine.keySet().equals(handWritten.keySet())) {
      out.add(where + "names " + engine.keySet() + " (engine) vs " + handWritten.keySet() + " (hand-written)");
      return;
    }
    engine.forEach((name, value) -> {
      double other = handWritten.get(name);
      if (Math.abs(value - other) > RELATIVE_TOLERANCE * Math.max(1.0, Math.abs(value))) {
        out.add(where + name + " " + value + " (engine) vs " + other + " (hand-written)");
      }
    });
  }
}
