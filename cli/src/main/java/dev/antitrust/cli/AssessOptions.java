package dev.antitrust.cli;

import dev.antitrust.model.Severity;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code assess} was asked to do, free of picocli.
 *
 * @param cases case files in the order given; empty for the bundled sample case
 * @param ruleDirectories rule directories layered over the built-in pack, in order
 * @param format the output format
 * @param failOn the severity that fails the run, or empty to never fail on concerns
 * @param asOf a date that replaces every case's {@code asOf}, or empty
 * @param verbose whether errors carry their stack traces
 * @param explain whether each concern carries its explanation
 * @param whyNot a rule id to say why it did or did not fire, instead of listing the concerns
 * @param trustRules whether the rule policy is off ({@code --trust-rules})
 * @param caseTimeout the time budget of each case, or empty for the engine's default
 * @param out the file to write the output to, or empty for standard output
 */
record AssessOptions(
    List<Path> cases,
    List<Path> ruleDirectories,
    Format format,
    Optional<Severity> failOn,
    Optional<LocalDate> asOf,
    boolean verbose,
    boolean explain,
    Optional<String> whyNot,
    boolean trustRules,
    Optional<Duration> caseTimeout,
    Optional<Path> out) {

  AssessOptions {
    cases = List.copyOf(cases);
    ruleDirectories = List.copyOf(ruleDirectories);
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(failOn, "failOn");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(whyNot, "whyNot");
    Objects.requireNonNull(caseTimeout, "caseTimeout");
    Objects.requireNonNull(out, "out");
  }
}
