package dev.antitrust.cli;

import dev.antitrust.model.Severity;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/** {@code antitrust assess}: parses and checks the options, then hands over to {@link AssessTask}. */
@Command(
    name = "assess",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Assesses case files and lists the concerns each raises, most serious first.",
      "Case files are YAML or JSON. With no CASE, assesses the bundled sample case,",
      "the SpaceX/xAI - Anthropic Colossus 1 deal."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      ExitCodes.HELP_DONE, ExitCodes.HELP_CONCERNS, ExitCodes.HELP_INVALID, ExitCodes.HELP_INTERNAL
    })
final class AssessCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(
      paramLabel = "CASE",
      arity = "0..*",
      description = "Case files to assess. Default: the bundled sample case.")
  List<Path> cases = new ArrayList<>();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = Converters.FormatConverter.class,
      completionCandidates = Converters.FormatNames.class,
      description = {
        "Output format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.",
        "JSON is one object for one CASE, an array for several."
      })
  Format format;

  @ParentCommand
  AntitrustCommand parent;

  @Mixin
  RuleDirectories rules;

  @Option(
      names = "--fail-on",
      paramLabel = "SEVERITY",
      converter = Converters.SeverityConverter.class,
      completionCandidates = Converters.SeverityNames.class,
      description = "Exit 1 when a concern is this severe or more: ${COMPLETION-CANDIDATES}."
          + " Default: never.")
  Severity failOn;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      converter = Converters.IsoDateConverter.class,
      description = "Apply the thresholds in force on this ISO date instead of each case's asOf.")
  LocalDate asOf;

  @Option(
      names = "--explain",
      description = "Under each concern, show the thresholds it crossed or applied as in force on the"
          + " case's date, its evidence, the facts it is about and how its indicators were computed.")
  boolean explain;

  @Option(
      names = "--why-not",
      paramLabel = "RULE_ID",
      description = "Say whether this rule fired and, if not, which condition failed and by how much"
          + " (the nearest miss), instead of listing the concerns.")
  String whyNot;

  @Option(
      names = "--case-timeout",
      paramLabel = "DURATION",
      converter = Converters.DurationConverter.class,
      description = "Stop a case whose rules run longer than this, e.g. 10s or 500ms. Default: 10s.")
  Duration caseTimeout;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write the output here, complete or not at all, instead of to standard output;"
          + " e.g. --format html --out report.html.")
  Path out;

  @Option(
      names = "--watch",
      description = "Run, then run again each time a file in a --rules folder or a CASE file changes,"
          + " until Ctrl-C (exit code 0).")
  boolean watch;

  /** Hears of the --watch loop before it starts: Ctrl-C stops it; tests stop it themselves. */
  Consumer<WatchLoop> watching = WatchLoop::stopOnCtrlC;

  /**
   * The {@code --rules} folders an {@code antitrust assess} run will build its engine from, guessed
   * from the raw arguments so that the build may start on another core before picocli has read them:
   * an empty list for the built-in pack alone, and no guess when the options change how the engine
   * is built ({@code --trust-rules}, {@code --case-timeout}), for {@code --watch} and help, or when a
   * folder does not exist. A wrong guess costs a build nobody uses, never a wrong result: {@link
   * #call()} takes the early build only for the very folders the parsed options name.
   */
  static Optional<List<Path>> earlyRuleDirectories(String... args) {
    List<Path> directories = new ArrayList<>();
    try {
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        if (a.equals("--rules") && i + 1 < args.length) {
          directories.add(Path.of(args[++i]));
        } else if (a.startsWith("--rules=")) {
          directories.add(Path.of(a.substring("--rules=".length())));
        } else if (a.startsWith("--rules") || a.startsWith("--trust-rules") || a.startsWith("--case-timeout")
            || a.equals("--watch") || a.equals("--help") || a.equals("-h")) {
          return Optional.empty();
        }
      }
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
    return directories.stream().allMatch(Files::isDirectory) ? Optional.of(List.copyOf(directories)) : Optional.empty();
  }

  @Override
  public Integer call() {
    if (out != null && (Files.isDirectory(out) || !Files.isDirectory(out.toAbsolutePath().getParent()))) {
      throw new ParameterException(spec.commandLine(), "Invalid value for option '--out': '" + out + "' "
          + (Files.isDirectory(out) ? "is a directory" : "is in a directory that does not exist"));
    }
    if (watch && cases.isEmpty() && rules.directories.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "--watch needs files to watch: give --rules DIR or CASE files");
    }
    AssessOptions options = new AssessOptions(cases, rules.checkedDirectories(), format,
        Optional.ofNullable(failOn), Optional.ofNullable(asOf), verbose(),
        explain, Optional.ofNullable(whyNot), rules.trustRules, Optional.ofNullable(caseTimeout),
        Optional.ofNullable(out));
    if (watch) {
      return AssessTask.watch(options, spec.commandLine().getOut(), spec.commandLine().getErr(), watching);
    }
    AssessTask task = new AssessTask(options, spec.commandLine().getOut(), spec.commandLine().getErr());
    Optional<EngineBuild> early = rules.trustRules || caseTimeout != null
        ? Optional.empty() : parent.earlyBuild(options.ruleDirectories());
    return early.isPresent() ? task.run(early.get()) : task.run();
  }

  /** True when {@code --verbose} was given, before the subcommand's name or after it. */
  private boolean verbose() {
    for (CommandSpec level = spec; level != null; level = level.parent()) {
      ParseResult parsed = level.commandLine().getParseResult();
      if (parsed != null && parsed.hasMatchedOption(AntitrustCommand.VERBOSE)) {
        return true;
      }
    }
    return false;
  }
}
