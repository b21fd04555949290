package dev.antitrust.cli;

import dev.antitrust.engine.batch.BatchSummary;
import dev.antitrust.model.Concern;
import dev.antitrust.model.Severity;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The counts of a batch, kept by the writer thread as records go out, so that they describe exactly
 * what was written: inputs = results + errors always.
 */
final class BatchTally {
  private long results;
  private long errors;
  private long internalErrors;
  private long withoutConcerns;
  private final Map<Severity, Long> byHighest = new EnumMap<>(Severity.class);
  private final Map<Severity, Long> concerns = new EnumMap<>(Severity.class);
  private final BatchHighlights highlights = new BatchHighlights();

  /** A copy, for a thread other than the writer to keep. */
  BatchTally copy() {
    BatchTally copy = new BatchTally();
    copy.results = results;
    copy.errors = errors;
    copy.internalErrors = internalErrors;
    copy.withoutConcerns = withoutConcerns;
    copy.byHighest.putAll(byHighest);
    copy.concerns.putAll(concerns);
    return copy;
  }

  void add(CaseJob.Outcome outcome) {
    highlights.add(outcome);
    if (outcome.assessment() == null) {
      errors++;
      if (outcome.internal()) {
        internalErrors++;
      }
      return;
    }
    results++;
    Severity highest = outcome.highest();
    if (highest == null) {
      withoutConcerns++;
    } else {
      byHighest.merge(highest, 1L, Long::sum);
    }
    for (Concern c : outcome.assessment().concerns()) {
      concerns.merge(c.severity(), 1L, Long::sum);
    }
  }

  /** The categories, top cases, rules and first errors, for an overview page. */
  BatchHighlights highlights() {
    return highlights;
  }

  long inputs() {
    return results + errors;
  }

  long results() {
    return results;
  }

  long errors() {
    return errors;
  }

  long internalErrors() {
    return internalErrors;
  }

  /** True when some result has a concern at or above {@code severity}. */
  boolean anyAtLeast(Severity severity) {
    return byHighest.keySet().stream().anyMatch(s -> s.atLeast(severity));
  }

  /** Results by their most serious concern, most serious first, then {@code none}. */
  Map<String, Long> resultsByHighestSeverity() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Severity s : Severity.values()) {
      counts.put(s.wireName(), byHighest.getOrDefault(s, 0L));
    }
    counts.put("none", withoutConcerns);
    return counts;
  }

  /** Every concern raised, by severity. */
  Map<String, Long> concernsBySeverity() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Severity s : Severity.values()) {
      counts.put(s.wireName(), concerns.getOrDefault(s, 0L));
    }
    return counts;
  }

  /** {@code 1,000 cases: 990 results, 10 errors (highest concern: 3 high, ..., 500 none)}. */
  String summary() {
    return BatchSummary.line(inputs(), results, errors, internalErrors, resultsByHighestSeverity());
  }
}
