package dev.antitrust.engine.casefile;

import dev.antitrust.model.AntitrustException;
import dev.antitrust.model.Problem;
import java.util.List;

/**
 * A case file could not be read: every problem found in it, each as {@code file:line:column:
 * message} where the location is known.
 */
public final class CaseFileException extends AntitrustException {
  private static final long serialVersionUID = 1L;

  public CaseFileException(List<Problem> problems) {
    super(problems);
  }

  public CaseFileException(List<Problem> problems, Throwable cause) {
    super(problems, cause);
  }
}
