package dev.antitrust.model;

import java.util.List;

/**
 * Which rules an assessment used.
 *
 * @param version the rule pack's version
 * @param sha256 hex SHA-256 over the rule files and tables used, by path and content
 * @param sources where the rules came from, built-in pack first, then each directory layered over it
 * @param disabled the rules turned off by a {@code disabled.csv}, with their reasons, sorted by id
 */
public record RulePackInfo(String version, String sha256, List<String> sources, List<DisabledRule> disabled) {

  public RulePackInfo {
    Require.text("version", version);
    Require.text("sha256", sha256);
    sources = Require.list("sources", sources);
    disabled = Require.list("disabled", disabled);
  }

  /** A pack with no rule turned off. */
  public RulePackInfo(String version, String sha256, List<String> sources) {
    this(version, sha256, sources, List.of());
  }
}
