package dev.antitrust.cli;

import dev.antitrust.model.Assessment;
import dev.antitrust.model.Concern;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How one case's concerns differ between two rule sets. A concern is the same concern before and
 * after when its rule id and subjects are the same.
 */
final class CaseDiff {
  /** The kinds of change, in the order they are reported. */
  enum Kind { ADDED, REMOVED, RERANKED, SEVERITY, SCORE }

  /** One change of one concern. */
  record Change(Kind kind, String line) {}

  private CaseDiff() {}

  static List<Change> changes(Assessment before, Assessment after) {
    Map<String, Concern> was = byKey(before.concerns());
    Map<String, Concern> now = byKey(after.concerns());
    List<Change> changes = new ArrayList<>();
    now.forEach((key, c) -> {
      if (!was.containsKey(key)) {
        changes.add(new Change(Kind.ADDED, "+ added      " + describe(c)));
      }
    });
    was.forEach((key, c) -> {
      if (!now.containsKey(key)) {
        changes.add(new Change(Kind.REMOVED, "- removed    " + describe(c)));
      }
    });
    was.forEach((key, b) -> {
      Concern a = now.get(key);
      if (a == null) {
        return;
      }
      String name = b.ruleId() + " " + b.subjects();
      if (a.rank() != b.rank()) {
        changes.add(new Change(Kind.RERANKED, "~ re-ranked  " + name + "  rank " + b.rank() + " -> " + a.rank()));
      }
      if (a.severity() != b.severity()) {
        changes.add(new Change(Kind.SEVERITY, "~ severity   " + name + "  " + b.severity().wireName() + " -> "
            + a.severity().wireName()));
      }
      if (a.score() != b.score()) {
        changes.add(new Change(Kind.SCORE, "~ score      " + name + "  " + score(b.score()) + " -> " + score(a.score())));
      }
    });
    return changes;
  }

  private static Map<String, Concern> byKey(List<Concern> concerns) {
    Map<String, Concern> map = new LinkedHashMap<>();
    concerns.forEach(c -> map.putIfAbsent(c.ruleId() + " " + c.subjects(), c));
    return map;
  }

  private static String describe(Concern c) {
    return c.ruleId() + " " + c.subjects() + "  rank " + c.rank() + ", " + c.severity().wireName() + ", score "
        + score(c.score());
  }

  private static String score(double score) {
    return String.format(Locale.ROOT, "%.1f", score);
  }
}
