package dev.antitrust.cli;

import dev.antitrust.model.AntitrustException;
import dev.antitrust.model.Assessment;
import dev.antitrust.model.Severity;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.ParameterException;

/** The exit codes of {@code antitrust}, and the pure functions that choose one. */
final class ExitCodes {
  /** Every case was assessed and none raised a concern at or above {@code --fail-on}. */
  static final int DONE = 0;
  /** A concern at or above {@code --fail-on} was raised. */
  static final int CONCERNS = 1;
  /** Bad usage, a case file that cannot be read, or a rule pack that does not load. */
  static final int INVALID = 2;
  /** A bug or a broken installation ({@code EX_SOFTWARE} in BSD's sysexits). */
  static final int INTERNAL = 70;
  /**
   * Stopped by Ctrl-C or a signal before the end: 128 + SIGINT, as shells report it. The JVM's own
   * exit status after a signal wins in practice; this is what the run returns if it gets to.
   */
  static final int INTERRUPTED = 130;

  // Help text for picocli's exitCodeList: "code:description", codes padded so they line up.
  static final String HELP_DONE = " 0:Done; no concern at or above --fail-on.";
  static final String HELP_CONCERNS = " 1:A concern at or above --fail-on was raised.";
  static final String HELP_INVALID = " 2:Usage, input or rule error.";
  static final String HELP_INTERNAL = "70:Internal error.";

  private ExitCodes() {}

  /**
   * The exit code of a run that finished.
   *
   * <p>Input errors win over concerns: a gate cannot pass or fail a case it never assessed.
   *
   * @param assessments every assessment the run produced
   * @param failedCases how many cases could not be read or assessed
   * @param failOn the severity that fails the run, or empty to never fail on concerns
   */
  static int compute(List<Assessment> assessments, int failedCases, Optional<Severity> failOn) {
    if (failedCases < 0) {
      throw new IllegalArgumentException("failed cases must not be negative: " + failedCases);
    }
    if (failedCases > 0) {
      return INVALID;
    }
    if (failOn.isEmpty()) {
      return DONE;
    }
    boolean failing = assessments.stream()
        .map(Assessment::highestSeverity)
        .flatMap(Optional::stream)
        .anyMatch(severity -> severity.atLeast(failOn.get()));
    return failing ? CONCERNS : DONE;
  }

  /**
   * The exit code of a batch that finished: internal errors first (a bug must not pass as bad
   * input), then error records, then concerns at or above {@code failOn}.
   */
  static int forBatch(BatchTally tally, Optional<Severity> failOn) {
    if (tally.internalErrors() > 0) {
      return INTERNAL;
    }
    if (tally.errors() > 0) {
      return INVALID;
    }
    return failOn.isPresent() && tally.anyAtLeast(failOn.get()) ? CONCERNS : DONE;
  }

  /** The exit code for a run stopped by an exception: expected failures are 2, the rest 70. */
  static int forException(Throwable e) {
    return e instanceof AntitrustException || e instanceof ParameterException ? INVALID : INTERNAL;
  }
}
