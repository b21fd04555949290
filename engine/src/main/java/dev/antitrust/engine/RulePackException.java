package dev.antitrust.engine;

import dev.antitrust.model.AntitrustException;
import dev.antitrust.model.Problem;
import java.util.List;

/**
 * A rule pack could not be loaded: DRL that does not compile, missing or unknown rule metadata, a bad
 * thresholds table. Lists every problem as {@code file:line:column: message} with the user's path.
 */
public final class RulePackException extends AntitrustException {
  private static final long serialVersionUID = 1L;

  public RulePackException(List<Problem> problems) {
    super(problems);
  }

  RulePackException(List<Problem> problems, Throwable cause) {
    super(problems, cause);
  }
}
