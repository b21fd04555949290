package dev.antitrust.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top command, {@code antitrust}: global options and the subcommands. */
@Command(
    name = "antitrust",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = "Screens deals and partnerships for antitrust and adjacent regulatory risk.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      ExitCodes.HELP_DONE, ExitCodes.HELP_CONCERNS, ExitCodes.HELP_INVALID, ExitCodes.HELP_INTERNAL
    },
    footer = {"%nA screening aid, not legal advice."})
final class AntitrustCommand implements Runnable {
  /** The option that adds stack traces to error reports. */
  static final String VERBOSE = "--verbose";

  /** The subcommands, in the order help lists them. */
  private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

  @Spec
  CommandSpec spec;

  /** An engine this invocation started building from its {@code --rules} folders, if any. */
  private record EarlyBuild(List<Path> folders, EngineBuild build) {}

  private EarlyBuild early;

  /** Standard input, for {@code batch -}; a field so that tests can feed it. */
  final InputStream stdin;

  AntitrustCommand() {
    this(System.in);
  }

  AntitrustCommand(InputStream stdin) {
    this.stdin = stdin;
  }

  // Inherited, so it may come before or after the subcommand's name; Cli reads it from the parse
  // result, which is the one place that knows where it was given.
  @Option(
      names = VERBOSE,
      scope = ScopeType.INHERIT,
      description = "Print the stack trace with any error.")
  boolean verbose;

  private static Map<String, Supplier<Object>> subcommands() {
    Map<String, Supplier<Object>> all = new LinkedHashMap<>();
    all.put("assess", AssessCommand::new);
    all.put("batch", BatchCommand::new);
    all.put("generate", GenerateCommand::new);
    all.put("rules", RulesCommand::new);
    all.put("validate", ValidateCommand::new);
    all.put("test", TestCommand::new);
    all.put("diff", DiffCommand::new);
    return Collections.unmodifiableMap(all);
  }

  /**
   * The engine this invocation started building early, if it was for exactly these folders: the
   * guess is made on raw arguments, and only the parsed options may choose the engine.
   */
  Optional<EngineBuild> earlyBuild(List<Path> folders) {
    return early != null && early.folders().equals(folders) ? Optional.of(early.build()) : Optional.empty();
  }

  /**
   * The command line for these arguments. Picocli reads a subcommand's annotations when it is
   * added, a tenth of a cold start for all of them: arguments that name a subcommand get only that
   * one, and anything else (help, a mistyped name) gets them all.
   */
  CommandLine commandLine(String... args) {
    String named = Arrays.stream(args).filter(a -> !a.startsWith("-")).findFirst().orElse("");
    if (named.equals("assess")) {
      // On another core while picocli reads the annotations.
      Optional<List<Path>> folders = AssessCommand.earlyRuleDirectories(args);
      if (folders.isPresent() && folders.get().isEmpty()) {
        EngineCache.startBuildingBuiltIn(); // kept for the process: the built-in pack cannot change
      } else if (folders.isPresent()) {
        early = new EarlyBuild(folders.get(),
            new EngineBuild(() -> EngineCache.forRules(folders.get(), false, Optional.empty())).start());
      }
    }
    CommandLine commandLine = new CommandLine(this);
    if (SUBCOMMANDS.containsKey(named)) {
      commandLine.addSubcommand(SUBCOMMANDS.get(named).get());
    } else {
      SUBCOMMANDS.values().forEach(command -> commandLine.addSubcommand(command.get()));
    }
    return commandLine;
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing required subcommand: assess, batch, generate");
  }
}
