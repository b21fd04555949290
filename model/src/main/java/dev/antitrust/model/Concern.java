package dev.antitrust.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One regulatory concern raised for a case, with the rule that raised it and why.
 *
 * @param rank 1 for the most serious concern of the assessment
 * @param score 0 to 100; see the README for the formula
 * @param ruleId the rule's {@code @id}
 * @param title the rule's {@code @title}
 * @param category the rule's {@code @category}
 * @param jurisdiction the rule's {@code @jurisdiction}
 * @param severity the rule's {@code @severity}
 * @param finding one sentence with the numbers
 * @param citation the rule's {@code @citation}: document and section
 * @param subjects ids of what the concern is about
 * @param evidence computed figures by name
 * @param thresholds threshold values crossed, by key
 * @param explanation why it was raised, or null unless the assessment was asked to explain
 */
public record Concern(
    int rank,
    double score,
    String ruleId,
    String title,
    Category category,
    String jurisdiction,
    Severity severity,
    String finding,
    String citation,
    List<String> subjects,
    Map<String, Double> evidence,
    Map<String, Double> thresholds,
    Explanation explanation) {

  public Concern {
    Require.nonNegative("rank", rank);
    if (!Double.isFinite(score) || score < 0 || score > 100) {
      throw new InvalidFactException("score", "must be from 0 to 100, got " + score);
    }
    Require.text("ruleId", ruleId);
    Require.text("title", title);
    Require.present("category", category);
    Require.text("jurisdiction", jurisdiction);
    Require.present("severity", severity);
    Require.text("finding", finding);
    Require.text("citation", citation);
    subjects = Require.list("subjects", subjects);
    evidence = Collections.unmodifiableMap(new TreeMap<>(evidence));
    thresholds = Collections.unmodifiableMap(new TreeMap<>(thresholds));
  }

  /** A concern without an explanation, as an assessment that was not asked to explain gives. */
  public Concern(int rank, double score, String ruleId, String title, Category category, String jurisdiction,
      Severity severity, String finding, String citation, List<String> subjects, Map<String, Double> evidence,
      Map<String, Double> thresholds) {
    this(rank, score, ruleId, title, category, jurisdiction, severity, finding, citation, subjects, evidence,
        thresholds, null);
  }

  /** The same concern at another rank. */
  public Concern withRank(int newRank) {
    return new Concern(newRank, score, ruleId, title, category, jurisdiction, severity, finding,
        citation, subjects, evidence, thresholds, explanation);
  }

  /** The same concern with its explanation. */
  public Concern withExplanation(Explanation why) {
    return new Concern(rank, score, ruleId, title, category, jurisdiction, severity, finding,
        citation, subjects, evidence, thresholds, why);
  }
}
