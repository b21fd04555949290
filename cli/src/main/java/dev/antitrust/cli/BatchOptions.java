package dev.antitrust.cli;

import dev.antitrust.model.Severity;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code batch} was asked to do, free of picocli.
 *
 * @param inputs JSON Lines files, directories and {@code -}, in the order given
 * @param out the output file, or empty for standard output
 * @param format the output format
 * @param threads worker threads, at least 1
 * @param ruleDirectories rule directories layered over the built-in pack, in order
 * @param failOn the severity that fails the run, or empty to never fail on concerns
 * @param maxErrors stop after this many error records; 0 for never
 * @param quiet no progress and no error lines, only the summary
 * @param arguments the command line as given, for the run record
 * @param trustRules whether the rule policy is off ({@code --trust-rules})
 * @param caseTimeout the time budget of each case, or empty for the engine's default
 */
record BatchOptions(
    List<String> inputs,
    Optional<Path> out,
    BatchFormat format,
    int threads,
    List<Path> ruleDirectories,
    Optional<Severity> failOn,
    long maxErrors,
    boolean quiet,
    List<String> arguments,
    boolean trustRules,
    Optional<Duration> caseTimeout) {

  BatchOptions {
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(format, "format");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    ruleDirectories = List.copyOf(ruleDirectories);
    Objects.requireNonNull(failOn, "failOn");
    if (maxErrors < 0) {
      throw new IllegalArgumentException("max errors must not be negative, got " + maxErrors);
    }
    arguments = List.copyOf(arguments);
    Objects.requireNonNull(caseTimeout, "caseTimeout");
  }
}
