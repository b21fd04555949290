package dev.antitrust.engine;

import dev.antitrust.model.AntitrustException;
import dev.antitrust.model.Problem;
import java.util.List;

/**
 * Assessing one case failed: a rule threw, or the case hit the firing limit. Names the case and the
 * rule.
 */
public final class AssessmentException extends AntitrustException {
  private static final long serialVersionUID = 1L;

  private final String caseId;
  private final String ruleId;

  AssessmentException(String caseId, String ruleId, String message, Throwable cause) {
    super(List.of(Problem.at("case '" + caseId + "'", message)), cause);
    this.caseId = caseId;
    this.ruleId = ruleId;
  }

  /** The id of the case whose assessment failed. */
  public String caseId() {
    return caseId;
  }

  /** The id (or name) of the rule at fault, or null when no rule is to blame. */
  public String ruleId() {
    return ruleId;
  }
}
