package dev.antitrust.cli;

import dev.antitrust.engine.RiskEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code --rules DIR} and {@code --trust-rules} options of the commands that load a rule pack. */
final class RuleDirectories {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = "--rules",
      paramLabel = "DIR",
      description = {
        "A rule directory layered over the built-in pack: same file path or same rule @id replaces,",
        "disabled.csv (id,reason) turns rules off. Repeat to layer several; later ones win."
      })
  List<Path> directories = new ArrayList<>();

  @Option(
      names = "--trust-rules",
      description = {
        "Turn the rule policy off: the rules may use any Java (files, network, processes).",
        "Only for rule files you would accept as code; the output's rulePack says trustedRules."
      })
  boolean trustRules;

  /** Builds the engine; a directory that does not exist is a usage error, found before compiling. */
  RiskEngine engine() {
    return engine(directories, "--rules");
  }

  /**
   * The {@code --rules} directories, checked: a typo in a path is a usage error, reported before the
   * rule pack spends seconds compiling. For commands that build their engine elsewhere.
   */
  List<Path> checkedDirectories() {
    check(directories, "--rules");
    return List.copyOf(directories);
  }

  /** Builds an engine from other directories of the same command, such as {@code diff --after}. */
  RiskEngine engine(List<Path> layers, String option) {
    check(layers, option);
    RiskEngine.Builder builder = EngineCache.newBuilder();
    layers.forEach(builder::rules);
    if (trustRules) {
      builder.trustRules();
    }
    return builder.build();
  }

  private void check(List<Path> layers, String option) {
    for (Path directory : layers) {
      if (!Files.isDirectory(directory)) {
        throw new ParameterException(spec.commandLine(),
            "Invalid value for option '" + option + "': '" + directory + "' is not a directory");
      }
    }
  }
}
