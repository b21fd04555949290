package dev.antitrust.cli;

import dev.antitrust.engine.RuleInfo;
import dev.antitrust.model.Threshold;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Text for people about rules: the catalogue as a table, and one rule in detail. */
final class RuleTable {
  private RuleTable() {}

  /** One line per rule: id, severity, jurisdiction, category and title, in columns. */
  static List<String> lines(List<RuleInfo> rules) {
    int id = "ID".length();
    int category = "CATEGORY".length();
    for (RuleInfo r : rules) {
      id = Math.max(id, r.id().length());
      category = Math.max(category, r.category().wireName().length());
    }
    String format = "%-" + id + "s  %-8s  %-4s  %-" + category + "s  %s";
    List<String> lines = new ArrayList<>();
    lines.add(String.format(Locale.ROOT, format, "ID", "SEVERITY", "JUR", "CATEGORY", "TITLE").stripTrailing());
    for (RuleInfo r : rules) {
      lines.add(String.format(Locale.ROOT, format, r.id(), r.severity().wireName(), r.jurisdiction(),
          r.category().wireName(), r.title()));
    }
    lines.add("");
    lines.add(rules.size() + (rules.size() == 1 ? " rule" : " rules"));
    return lines;
  }

  /** A rule's metadata, then each threshold it uses with every row of the table for that key. */
  static List<String> details(RuleInfo rule, List<Threshold> table) {
    List<String> lines = new ArrayList<>();
    lines.add(rule.id() + ": " + rule.title());
    lines.add("  category:     " + rule.category().wireName());
    lines.add("  jurisdiction: " + rule.jurisdiction());
    lines.add("  severity:     " + rule.severity().wireName());
    lines.add("  citation:     " + rule.citation());
    lines.add("  file:         " + rule.file());
    lines.add("  thresholds:" + (rule.thresholdKeys().isEmpty() ? "   none" : ""));
    for (String key : rule.thresholdKeys()) {
      table.stream().filter(t -> t.key().equals(key)).sorted(Comparator.comparing(Threshold::validFrom,
          Comparator.nullsFirst(Comparator.naturalOrder()))).forEach(t -> lines.add("    " + describe(t)));
    }
    return lines;
  }

  /** {@code key = 535.5 million USD, 2026-02-17 to open (source)}. */
  static String describe(Threshold t) {
    return t.key() + " = " + number(t.value()) + " " + t.unit() + ", " + period(t.validFrom(), t.validTo())
        + " (" + t.source() + ")";
  }

  static String period(LocalDate from, LocalDate to) {
    return (from == null ? "always" : "from " + from) + (to == null ? "" : " to " + to);
  }

  static String number(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%,.4g", value);
  }

  /** " (did you mean 'X'?)" for a near miss, else empty. */
  static String suggestion(String id, List<RuleInfo> rules) {
    return rules.stream().map(RuleInfo::id)
        .min(Comparator.comparingInt((String other) -> distance(id, other)).thenComparing(other -> other))
        .filter(other -> distance(id, other) <= Math.max(2, id.length() / 4))
        .map(other -> " (did you mean '" + other + "'?)").orElse("");
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = Character.toUpperCase(a.charAt(i - 1)) == Character.toUpperCase(b.charAt(j - 1)) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
