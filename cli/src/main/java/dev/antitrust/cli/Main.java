package dev.antitrust.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Starts the {@code antitrust} command line; {@code antitrust --help} describes it. */
public final class Main {
  private Main() {}

  /** Runs the command line with the process's streams and exits with its exit code. */
  public static void main(String[] args) {
    // UTF-8 explicitly: JSON must be UTF-8, and Java 17 would otherwise use the platform charset.
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8));
    System.exit(Cli.run(out, err, args));
  }

  /**
   * Runs the command line in this JVM and returns its exit code instead of exiting, for programs
   * that drive it in-process: the spark module's tests compare its records with {@code batch}'s.
   * Never throws; the streams are flushed, not closed.
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return Cli.run(out, err, args);
  }
}
