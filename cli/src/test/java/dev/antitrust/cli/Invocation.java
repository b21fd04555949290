package dev.antitrust.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One in-process run of the command line, with what it wrote.
 *
 * @param exitCode what {@link Cli#run} returned
 * @param out everything written to standard output
 * @param err everything written to standard error
 */
record Invocation(int exitCode, String out, String err) {

  /** Runs {@code antitrust} with the arguments. */
  static Invocation of(String... args) {
    return with(new AntitrustCommand(), args);
  }

  /** Runs {@code antitrust} with this text on standard input. */
  static Invocation withStdin(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode = Cli.run(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintWriter(out), new PrintWriter(err), args);
    return new Invocation(exitCode, out.toString(), err.toString());
  }

  /** Runs another command with the command line's streams and error handling. */
  static Invocation with(Object command, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode = Cli.execute(command, new PrintWriter(out), new PrintWriter(err), args);
    return new Invocation(exitCode, out.toString(), err.toString());
  }

  /** Standard error, line by line. */
  List<String> errLines() {
    return err.lines().toList();
  }

  /** Standard output, line by line. */
  List<String> outLines() {
    return out.lines().toList();
  }

  @Override
  public String toString() {
    // AssertJ prints this when an assertion fails: show everything the run said.
    return "exit " + exitCode + "\n--- out ---\n" + out + "--- err ---\n" + err;
  }
}
