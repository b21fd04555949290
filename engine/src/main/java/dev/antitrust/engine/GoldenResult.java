package dev.antitrust.engine;

import dev.antitrust.model.Problem;
import java.util.List;

/**
 * The outcome of one golden case.
 *
 * @param file the golden file, as the user named it
 * @param name the case's {@code name}, or the file name
 * @param checks every expectation with its outcome, in the order written
 * @param fired the ids of the rules that fired, in rank order
 * @param problems why the golden case could not run (a bad golden file or case); empty when it ran
 */
public record GoldenResult(String file, String name, List<GoldenCheck> checks, List<String> fired,
    List<Problem> problems) {

  public GoldenResult {
    checks = List.copyOf(checks);
    fired = List.copyOf(fired);
    problems = List.copyOf(problems);
  }

  /** True when the case ran and every check passed. */
  public boolean passed() {
    return problems.isEmpty() && checks.stream().allMatch(GoldenCheck::passed);
  }

  /** True when the case could not run at all. */
  public boolean isError() {
    return !problems.isEmpty();
  }
}
