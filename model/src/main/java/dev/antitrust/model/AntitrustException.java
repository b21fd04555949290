package dev.antitrust.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The root of the one exception family this project throws for bad input, bad rules and failed
 * assessments. Each carries the {@link Problem}s that caused it, all of them, with their locations.
 */
public abstract class AntitrustException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  protected AntitrustException(List<Problem> problems, Throwable cause) {
    super(render(problems), cause);
    this.problems = List.copyOf(problems);
  }

  protected AntitrustException(List<Problem> problems) {
    this(problems, null);
  }

  /** Every problem found, in the order found; never empty. */
  public List<Problem> problems() {
    return problems;
  }

  private static String render(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an exception needs at least one problem");
    }
    return problems.stream().map(Problem::toString).collect(Collectors.joining(System.lineSeparator()));
  }
}
