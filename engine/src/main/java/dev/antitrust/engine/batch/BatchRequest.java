package dev.antitrust.engine.batch;

import dev.antitrust.model.Severity;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code antitrust batch --engine NAME} asks of a {@link BatchRunner}, checked by the command
 * line already.
 *
 * @param inputs JSON Lines files and directories, in the order given
 * @param out the output file, or empty for standard output
 * @param ruleDirectories rule directories layered over the built-in pack, in order
 * @param trustRules whether the rule policy is off ({@code --trust-rules})
 * @param caseTimeout the time budget of each case, or empty for the engine's default
 * @param failOn the severity that fails the run, or empty to never fail on concerns
 * @param master where the runner runs, e.g. {@code local[2]} for Spark; empty for its default
 * @param quiet no progress, only the summary
 * @param arguments the command line as given, for the run record
 */
public record BatchRequest(
    List<String> inputs,
    Optional<Path> out,
    List<Path> ruleDirectories,
    boolean trustRules,
    Optional<Duration> caseTimeout,
    Optional<Severity> failOn,
    Optional<String> master,
    boolean quiet,
    List<String> arguments) {

  public BatchRequest {
    inputs = List.copyOf(inputs);
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("a batch needs at least one input");
    }
    Objects.requireNonNull(out, "out");
    ruleDirectories = List.copyOf(ruleDirectories);
    Objects.requireNonNull(caseTimeout, "caseTimeout");
    Objects.requireNonNull(failOn, "failOn");
    Objects.requireNonNull(master, "master");
    arguments = List.copyOf(arguments);
  }
}
