package dev.antitrust.spark;

import dev.antitrust.engine.batch.BatchSummary;
import dev.antitrust.model.Severity;
import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The counts of a run, as {@code antitrust batch} reports them: results and errors (inputs = results
 * + errors), internal errors, results by their most serious concern, and concerns by severity.
 * Immutable.
 */
final class RecordCounts implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Severity[] SEVERITIES = Severity.values();

  // Layout: results, errors, internal errors, results without concerns, then results by highest
  // severity, then concerns by severity, each in Severity order.
  static final int RESULTS = 0;
  static final int ERRORS = 1;
  static final int INTERNAL = 2;
  static final int WITHOUT_CONCERNS = 3;
  static final int BY_HIGHEST = 4;
  static final int CONCERNS = BY_HIGHEST + SEVERITIES.length;
  static final int SIZE = CONCERNS + SEVERITIES.length;

  private final long[] counts;

  RecordCounts(long[] counts) {
    if (counts.length != SIZE) {
      throw new IllegalArgumentException("expected " + SIZE + " counts, got " + counts.length);
    }
    this.counts = counts.clone();
  }

  long inputs() {
    return results() + errors();
  }

  long results() {
    return counts[RESULTS];
  }

  long errors() {
    return counts[ERRORS];
  }

  long internalErrors() {
    return counts[INTERNAL];
  }

  /** Results by their most serious concern, most serious first, then {@code none}. */
  Map<String, Long> resultsByHighestSeverity() {
    Map<String, Long> byHighest = new LinkedHashMap<>();
    for (Severity s : SEVERITIES) {
      byHighest.put(s.wireName(), counts[BY_HIGHEST + s.ordinal()]);
    }
    byHighest.put("none", counts[WITHOUT_CONCERNS]);
    return byHighest;
  }

  /** Every concern raised, by severity. */
  Map<String, Long> concernsBySeverity() {
    Map<String, Long> concerns = new LinkedHashMap<>();
    for (Severity s : SEVERITIES) {
      concerns.put(s.wireName(), counts[CONCERNS + s.ordinal()]);
    }
    return concerns;
  }

  /**
   * The exit code, by {@code antitrust batch}'s rules: internal errors first (a bug must not pass as
   * bad input), then error records, then concerns at or above {@code failOn}.
   */
  int exitCode(Optional<Severity> failOn) {
    if (internalErrors() > 0) {
      return 70;
    }
    if (errors() > 0) {
      return 2;
    }
    boolean failing = failOn.isPresent()
        && Arrays.stream(SEVERITIES).anyMatch(s -> s.atLeast(failOn.get()) && counts[BY_HIGHEST + s.ordinal()] > 0);
    return failing ? 1 : 0;
  }

  /** {@code 1,000 cases: 990 results, 10 errors (highest concern: 3 high, ..., 500 none)}, as batch says it. */
  String summary() {
    return BatchSummary.line(inputs(), results(), errors(), internalErrors(), resultsByHighestSeverity());
  }
}
