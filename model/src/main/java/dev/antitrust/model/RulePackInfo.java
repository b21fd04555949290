package dev.antitrust.model;

import java.util.List;

/**
 * Which rules an assessment used.
 *
 * @param version the rule pack's version
 * @param sha256 hex SHA-256 over the rule files and thresholds table used, by path and content
 * @param sources where the rules came from, built-in pack first, then each directory layered over it
 */
public record RulePackInfo(String version, String sha256, List<String> sources) {

  public RulePackInfo {
    Require.text("version", version);
    Require.text("sha256", sha256);
    sources = Require.list("sources", sources);
  }
}
