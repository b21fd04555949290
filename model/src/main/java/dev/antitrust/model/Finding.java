package dev.antitrust.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a concern rule inserts when it fires: the sentence, the subjects and the figures. The engine
 * adds the rule's metadata and a score, and turns it into a {@link Concern}.
 *
 * <p>Built fluently in a rule's consequence; every step returns a new finding:
 *
 * <pre>{@code
 * insert(Finding.of("post-merger HHI %,.0f (> %,.0f) in %s", $c.postHhi(), $hhi.value(), $m.name())
 *     .about($a.id(), $m.id())
 *     .crossed($hhi, $c.postHhi())
 *     .figure("deltaHhi", $c.deltaHhi()));
 * }</pre>
 *
 * @param text one sentence with the numbers that triggered the rule
 * @param subjects ids of the companies, markets, agreements, pipelines or hardware concerned
 * @param figures computed figures by name
 * @param thresholds threshold values crossed, by threshold key
 * @param margin how far past its thresholds the case lies, relative to the threshold (0.25 = 25%
 *     past); the largest of the thresholds crossed
 */
public record Finding(
    String text,
    List<String> subjects,
    Map<String, Double> figures,
    Map<String, Double> thresholds,
    double margin) {

  public Finding {
    Require.text("text", text);
    subjects = Require.list("subjects", subjects);
    figures = sorted(figures);
    thresholds = sorted(thresholds);
    Require.nonNegative("margin", margin);
  }

  /** A finding whose text is {@code String.format(format, args)}, with ',' grouping and '.' decimals. */
  public static Finding of(String format, Object... args) {
    return new Finding(phrase(format, args), List.of(), Map.of(), Map.of(), 0);
  }

  /**
   * Part of a finding's text, for a consequence that builds its sentence in pieces: {@code
   * String.format(format, args)} with the numbers written as {@link #of} writes them.
   */
  public static String phrase(String format, Object... args) {
    // Locale.US writes numbers as Locale.ROOT does, and is the one locale java.util.Formatter
    // formats without building DecimalFormatSymbols and a NumberFormat for every number.
    return String.format(Locale.US, format, args);
  }

  /** Adds subjects, keeping the order given and dropping repeats. */
  public Finding about(String... ids) {
    List<String> all = new ArrayList<>(subjects);
    Arrays.stream(ids).filter(id -> !all.contains(id)).forEach(all::add);
    return new Finding(text, all, figures, thresholds, margin);
  }

  /** Records a computed figure, e.g. {@code figure("deltaHhi", 399)}. */
  public Finding figure(String name, double value) {
    Map<String, Double> all = new TreeMap<>(figures);
    all.put(name, value);
    return new Finding(text, subjects, all, thresholds, margin);
  }

  /**
   * Records that {@code value} crossed {@code threshold}, and how far past it: the relative distance
   * feeds the score.
   */
  public Finding crossed(Threshold threshold, double value) {
    Map<String, Double> all = new TreeMap<>(thresholds);
    all.put(threshold.key(), threshold.value());
    double distance = Math.abs(value - threshold.value()) / Math.max(Math.abs(threshold.value()), 1e-9);
    return new Finding(text, subjects, figures, all, Math.max(margin, distance));
  }

  /** Records a threshold the rule applied without a distance, such as a band's upper edge. */
  public Finding applied(Threshold threshold) {
    Map<String, Double> all = new TreeMap<>(thresholds);
    all.put(threshold.key(), threshold.value());
    return new Finding(text, subjects, figures, all, margin);
  }

  /**
   * Findings are compared by identity. The engine compares facts by value, and two rules may raise
   * the same sentence about the same subjects (a US and an EU rule, say): each must stay a finding.
   */
  @Override
  public boolean equals(Object other) {
    return this == other;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }

  private static Map<String, Double> sorted(Map<String, Double> values) {
    if (values == null) {
      return Map.of();
    }
    values.forEach((k, v) -> Require.finite(String.valueOf(k), Require.present(String.valueOf(k), v)));
    return Collections.unmodifiableMap(new TreeMap<>(values));
  }
}
