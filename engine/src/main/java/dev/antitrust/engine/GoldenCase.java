package dev.antitrust.engine;

import dev.antitrust.model.Case;
import dev.antitrust.model.Severity;
import java.util.List;
import java.util.Map;

/**
 * A golden case as read from its YAML file: the case and what must happen.
 *
 * @param expect rules that must fire, each with optional rank, severity and evidence figures
 * @param expectAbsent rules that must not fire
 * @param expectOrder rules that must fire in this relative order
 */
record GoldenCase(String file, String name, Case theCase, List<Expectation> expect, List<String> expectAbsent,
    List<String> expectOrder) {

  /** One entry of {@code expect}; null fields are not checked. */
  record Expectation(String rule, Integer rank, Severity severity, Map<String, Double> evidence) {}
}
