package dev.antitrust.cli;

import dev.antitrust.model.AntitrustException;
import dev.antitrust.model.Problem;
import java.io.PrintWriter;

/** Writes failures to the error stream: one line per problem, a stack trace only on request. */
final class ErrorPrinter {
  private ErrorPrinter() {}

  /** Reports an expected failure as its problems, each as {@code file:line:column: message}. */
  static void problems(PrintWriter err, AntitrustException e, boolean verbose) {
    for (Problem problem : e.problems()) {
      err.println(problem);
    }
    if (verbose) {
      e.printStackTrace(err);
    }
  }

  /** Reports a problem found by the command line itself, such as a case file that does not exist. */
  static void problem(PrintWriter err, Problem problem) {
    err.println(problem);
  }

  /** Reports a failure nobody planned for: a bug, or a broken installation. */
  static void internal(PrintWriter err, Throwable e, boolean verbose) {
    // One line however long the message: the stack trace, when asked for, has the rest.
    String message = e.getMessage() == null ? "" : ": " + e.getMessage().replaceAll("\\s*\\R\\s*", " ");
    err.println("antitrust: internal error: " + e.getClass().getName() + message);
    if (verbose) {
      e.printStackTrace(err);
    } else {
      err.println("Try 'antitrust --verbose ...' to see the stack trace, and please report it.");
    }
  }
}
