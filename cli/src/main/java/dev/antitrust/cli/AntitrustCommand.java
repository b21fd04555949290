package dev.antitrust.cli;

import java.io.InputStream;
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
    subcommands = {AssessCommand.class, BatchCommand.class, GenerateCommand.class, RulesCommand.class,
        ValidateCommand.class, TestCommand.class, DiffCommand.class},
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

  @Spec
  CommandSpec spec;

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

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing required subcommand: assess, batch, generate");
  }
}
