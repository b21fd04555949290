package dev.antitrust.cli;

import dev.antitrust.model.AntitrustException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/** Runs the command line in-process: parses, executes, and turns every failure into an exit code. */
final class Cli {
  private Cli() {}

  /**
   * Runs {@code antitrust} with the given arguments. Never throws: failures are reported on {@code
   * err} and end in an exit code from {@link ExitCodes}.
   */
  static int run(PrintWriter out, PrintWriter err, String... args) {
    return execute(new AntitrustCommand(), out, err, args);
  }

  /** Runs {@code antitrust} with this standard input, which {@code batch -} reads. */
  static int run(InputStream in, PrintWriter out, PrintWriter err, String... args) {
    return execute(new AntitrustCommand(in), out, err, args);
  }

  /** Runs any picocli command with this command line's streams and error handling; tests use it. */
  static int execute(Object command, PrintWriter out, PrintWriter err, String... args) {
    try {
      CommandLine commandLine = (command instanceof AntitrustCommand top ? top.commandLine(args) : new CommandLine(command))
          .setOut(out)
          .setErr(err)
          .setParameterExceptionHandler(Cli::onParameterError)
          .setExecutionExceptionHandler(Cli::onExecutionError);
      return commandLine.execute(args);
    } catch (Exception | LinkageError e) {
      // picocli passes Errors through, and a broken classpath shows up as one: report it all the same.
      ErrorPrinter.internal(err, e, Arrays.asList(args).contains(AntitrustCommand.VERBOSE));
      return ExitCodes.forException(e);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** The line that ends every expected error, naming the command the user ran. */
  static String tryHelp(CommandSpec spec) {
    return "Try '" + spec.qualifiedName() + " --help' for more information.";
  }

  private static int onParameterError(ParameterException e, String[] args) {
    CommandLine commandLine = e.getCommandLine();
    PrintWriter err = commandLine.getErr();
    err.println(e.getMessage());
    UnmatchedArgumentException.printSuggestions(e, err);
    err.println(tryHelp(commandLine.getCommandSpec()));
    return ExitCodes.forException(e);
  }

  private static int onExecutionError(Exception e, CommandLine commandLine, ParseResult parsed) {
    PrintWriter err = commandLine.getErr();
    boolean verbose = verbose(parsed);
    if (e instanceof AntitrustException expected) {
      ErrorPrinter.problems(err, expected, verbose);
      err.println(tryHelp(commandLine.getCommandSpec()));
    } else {
      ErrorPrinter.internal(err, e, verbose);
    }
    return ExitCodes.forException(e);
  }

  /** True when {@code --verbose} was given at any level of the command line. */
  private static boolean verbose(ParseResult parsed) {
    for (ParseResult level = parsed; level != null; level = level.subcommand()) {
      if (level.hasMatchedOption(AntitrustCommand.VERBOSE)) {
        return true;
      }
    }
    return false;
  }
}
