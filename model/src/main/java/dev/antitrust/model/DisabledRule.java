package dev.antitrust.model;

/**
 * A rule that a rule folder's {@code disabled.csv} turned off, and why.
 *
 * @param id the rule's {@code @id}
 * @param reason why it is off, as the folder's owner wrote it
 * @param source where it was turned off, as {@code file:line}
 */
public record DisabledRule(String id, String reason, String source) {

  public DisabledRule {
    Require.text("id", id);
    Require.text("reason", reason);
    Require.text("source", source);
  }
}
