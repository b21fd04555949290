package dev.antitrust.engine.casefile;

import dev.antitrust.model.Problem;

/**
 * Where a text came from, to turn a parser's line into the user's: a whole file, or one line of a
 * JSON Lines file, whose parser counts from 1 again on every line.
 *
 * @param source the file name or other name of the input, as messages show it
 * @param lineOffset added to every line the parser reports
 * @param defaultLine the line of a problem the parser could not locate: 0 (unknown) for a whole file,
 *     the line itself for a JSON Lines record, so that every problem of a batch points somewhere
 */
record Origin(String source, int lineOffset, int defaultLine) {

  /** A whole file. */
  static Origin file(String source) {
    return new Origin(source, 0, 0);
  }

  /** One record of a JSON Lines file, on the given 1-based line. */
  static Origin line(String source, int line) {
    return new Origin(source, line - 1, line);
  }

  /** A problem at a parser's line and column; a line below 1 means the parser did not know it. */
  Problem problem(int line, int column, String message) {
    if (line < 1) {
      return new Problem(source, defaultLine, 0, message);
    }
    return new Problem(source, line + lineOffset, Math.max(column, 0), message);
  }

  /** A problem with no location inside the input, such as one about the file as a whole. */
  Problem problem(String message) {
    return problem(0, 0, message);
  }
}
