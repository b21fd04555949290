package dev.antitrust.model;

import java.util.List;

/**
 * Which rules an assessment used.
 *
 * @param version the rule pack's version
 * @param sha256 hex SHA-256 over the rule files and tables used, by path and content
 * @param sources where the rules came from, built-in pack first, then each directory layered over it
 * @param disabled the rules turned off by a {@code disabled.csv}, with their reasons, sorted by id
 * @param trustedRules whether the rule policy was turned off ({@code --trust-rules}), so the rules
 *     could use any Java; a run record says so
 */
public record RulePackInfo(String version, String sha256, List<String> sources, List<DisabledRule> disabled,
    boolean trustedRules) {

  public RulePackInfo {
    Require.text("version", version);
    Require.text("sha256", sha256);
    sources = Require.list("sources", sources);
    disabled = Require.list("disabled", disabled);
  }

  /** A pack with no rule turned off, checked by the rule policy. */
  public RulePackInfo(String version, String sha256, List<String> sources) {
    this(version, sha256, sources, List.of(), false);
  }
}
