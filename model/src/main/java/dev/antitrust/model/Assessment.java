package dev.antitrust.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The result of screening one case: its concerns, ranked, and which rules produced them.
 *
 * @param caseId the case's id
 * @param title the case's title
 * @param asOf the date whose thresholds were applied
 * @param engineVersion the engine's version
 * @param rulePack the rules used
 * @param concerns ranked, most serious first; rank 1 is the first
 */
public record Assessment(
    String caseId,
    String title,
    LocalDate asOf,
    String engineVersion,
    RulePackInfo rulePack,
    List<Concern> concerns) {

  public Assessment {
    Require.text("caseId", caseId);
    Require.text("title", title);
    Require.present("asOf", asOf);
    Require.text("engineVersion", engineVersion);
    Require.present("rulePack", rulePack);
    concerns = Require.list("concerns", concerns);
  }

  /** The most serious severity among the concerns, empty when there are none. */
  public Optional<Severity> highestSeverity() {
    return concerns.stream().map(Concern::severity).min(Enum::compareTo);
  }
}
