package dev.antitrust.cli;

import dev.antitrust.model.Concern;
import dev.antitrust.model.Explanation;
import dev.antitrust.model.Explanation.Derivation;
import dev.antitrust.model.Explanation.Fact;
import dev.antitrust.model.Threshold;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The indented block {@code assess --explain} prints under a concern's row: thresholds, evidence,
 * facts and indicators, one item a line, long lines wrapped under their own indent so the block
 * stays readable in a terminal.
 */
final class ExplanationText {
  static final String INDENT = "      ";
  private static final String ITEM = INDENT + "  ";
  private static final int WIDTH = 150;

  private ExplanationText() {}

  static List<String> lines(Concern concern) {
    Explanation why = concern.explanation();
    List<String> lines = new ArrayList<>();
    if (why == null) {
      return lines;
    }
    lines.add(INDENT + "thresholds (as in force on the case's date):");
    if (why.thresholds().isEmpty()) {
      item(lines, "none crossed or applied");
    }
    why.thresholds().forEach(t -> item(lines, threshold(t)));
    lines.add(INDENT + "evidence: " + (concern.evidence().isEmpty() ? "none" : evidence(concern.evidence())));
    lines.add(INDENT + "facts:");
    why.facts().forEach(f -> item(lines, fact(f)));
    if (!why.indicators().isEmpty()) {
      lines.add(INDENT + "indicators:");
      why.indicators().stream().map(Derivation::derivation).forEach(d -> item(lines, d));
    }
    return lines;
  }

  /** {@code us.mg2023.delta-hhi = 100 hhi, US, in force from 2023-12-18; source: DOJ/FTC ...}. */
  static String threshold(Threshold t) {
    return t.key() + " = " + figure(t.value()) + " " + t.unit() + ", " + t.jurisdiction() + ", " + validity(t)
        + "; source: " + t.source();
  }

  static String validity(Threshold t) {
    if (t.validFrom() == null && t.validTo() == null) {
      return "no date limits";
    }
    String from = t.validFrom() == null ? "always" : t.validFrom().toString();
    return "valid " + from + " to " + (t.validTo() == null ? "open" : t.validTo().toString());
  }

  static String fact(Fact f) {
    String fields = f.fields().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining("; "));
    return f.id() + " (" + f.kind() + ")" + (fields.isEmpty() ? "" : ": " + fields);
  }

  static String evidence(Map<String, Double> evidence) {
    return evidence.entrySet().stream().map(e -> e.getKey() + " " + figure(e.getValue()))
        .collect(Collectors.joining(", "));
  }

  /** A figure as people write it: {@code 1,856}, {@code 16.5}; float noise below 1e-6 rounded away. */
  static String figure(double value) {
    if (Math.abs(value - Math.rint(value)) < 1e-6 && Math.abs(value) < 1e15) {
      return String.format(Locale.ROOT, "%,.0f", Math.rint(value));
    }
    return String.format(Locale.ROOT, "%,.2f", value).replaceAll("0$", "");
  }

  private static void item(List<String> lines, String text) {
    List<String> wrapped = TextRenderer.wrap(text, WIDTH - ITEM.length() - 2);
    lines.add(ITEM + wrapped.get(0));
    wrapped.subList(1, wrapped.size()).forEach(more -> lines.add(ITEM + "  " + more));
  }
}
