package dev.antitrust.engine;

import dev.antitrust.model.Concern;
import java.util.List;
import java.util.Objects;

/**
 * Whether a concern rule fired on a case, and if not, why not.
 *
 * @param ruleId the rule's {@code @id}
 * @param concerns what the rule raised, with explanations; empty when it did not fire
 * @param summary one sentence: that it fired, or the nearest miss, e.g. {@code US-MG23-G1-HHI did
 *     not fire: in market m (deal d), ΔHHI 96 ≤ 100 (us.mg2023.delta-hhi), a gap of 4; ...}
 * @param details further lines: the other near misses, or the thresholds the rule reads when its
 *     conditions are not analysed
 */
public record WhyNot(String ruleId, List<Concern> concerns, String summary, List<String> details) {

  public WhyNot {
    Objects.requireNonNull(ruleId, "ruleId");
    concerns = List.copyOf(concerns);
    Objects.requireNonNull(summary, "summary");
    details = List.copyOf(details);
  }

  /** True when the rule raised at least one concern. */
  public boolean fired() {
    return !concerns.isEmpty();
  }
}
