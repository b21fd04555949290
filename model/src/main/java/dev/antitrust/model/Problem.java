package dev.antitrust.model;

import java.util.Objects;

/**
 * One thing wrong with an input, located as precisely as it is known.
 *
 * @param source the file, or another name of where the input came from; never null
 * @param line 1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 * @param message what is wrong, in one sentence
 */
public record Problem(String source, int line, int column, String message) {

  public Problem {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(message, "message");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must not be negative: " + line + ":" + column);
    }
  }

  /** A problem with no line or column, such as one found after parsing. */
  public static Problem at(String source, String message) {
    return new Problem(source, 0, 0, message);
  }

  /** Renders as {@code source:line:column: message}, leaving out what is unknown. */
  @Override
  public String toString() {
    StringBuilder where = new StringBuilder(source);
    if (line > 0) {
      where.append(':').append(line);
      if (column > 0) {
        where.append(':').append(column);
      }
    }
    return where + ": " + message;
  }
}
