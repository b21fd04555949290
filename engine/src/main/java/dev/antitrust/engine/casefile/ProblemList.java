package dev.antitrust.engine.casefile;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import dev.antitrust.model.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The problems of one input, gathered while it is bound and checked, so that all of them are
 * reported together. Every problem carries its path in the file ({@code agreements[0].parties[1]}).
 * Problems found after binding are located by that path only at the end, and only if there are any:
 * locating them needs a second pass over the text, which a valid input never pays for.
 */
final class ProblemList {

  /** One problem; a line of 0 means "locate it by its path". */
  private record Entry(String path, int line, int column, String message) {}

  private final List<Entry> entries = new ArrayList<>();
  private final Set<String> failedPaths = new HashSet<>();

  /**
   * A value that could not be bound, at the parser's current token. Its path is remembered so that
   * the checks after binding do not report the resulting null a second time.
   */
  void badValue(JsonParser parser, String reason) {
    String path = pathOf(parser.getParsingContext());
    failedPaths.add(path);
    atToken(parser, label(path) + ": " + reason);
  }

  /** A problem with a whole message, at the parser's current token. */
  void atToken(JsonParser parser, String message) {
    JsonLocation at = parser.currentTokenLocation();
    // Tokens that Jackson buffered and replays (as for records) have no location: locate by path.
    int line = Math.max(at.getLineNr(), 0);
    int column = line > 0 ? at.getColumnNr() : 0;
    entries.add(new Entry(pathOf(parser.getParsingContext()), line, column, message));
  }

  /** A problem with a whole message, located at the key or element of {@code path}. */
  void at(String path, String message) {
    entries.add(new Entry(path, 0, 0, message));
  }

  /** A problem with the value at {@code path}: the message is the path, a colon and the reason. */
  void field(String path, String reason) {
    at(path, label(path) + ": " + reason);
  }

  boolean isEmpty() {
    return entries.isEmpty();
  }

  /** True when binding already failed at {@code path} or inside it. */
  boolean failedAt(String path) {
    if (path.isEmpty()) {
      return !failedPaths.isEmpty();
    }
    for (String failed : failedPaths) {
      if (failed.equals(path) || failed.startsWith(path + ".") || failed.startsWith(path + "[")) {
        return true;
      }
    }
    return false;
  }

  /** The problems, located, ordered by line (unlocated last), column and then in the order found. */
  List<Problem> toProblems(Origin origin, Supplier<LocationIndex> index) {
    LocationIndex locations = null;
    List<Problem> problems = new ArrayList<>();
    for (Entry e : entries) {
      int line = e.line();
      int column = e.column();
      if (line == 0) {
        if (locations == null) {
          locations = index.get();
        }
        LocationIndex.Mark mark = locations.find(e.path());
        if (mark != null) {
          line = mark.line();
          column = mark.column();
        }
      }
      problems.add(origin.problem(line, column, e.message()));
    }
    // List.sort is stable, which keeps "then in the order found".
    problems.sort(Comparator.<Problem>comparingInt(p -> p.line() == 0 ? Integer.MAX_VALUE : p.line())
        .thenComparingInt(Problem::column));
    return problems;
  }

  /** The path of the parser's position, e.g. {@code agreements[0].parties[1]}; empty at the root. */
  static String pathOf(JsonStreamContext context) {
    StringBuilder path = new StringBuilder();
    append(context, path);
    return path.toString();
  }

  private static void append(JsonStreamContext context, StringBuilder path) {
    if (context == null || context.inRoot()) {
      return;
    }
    append(context.getParent(), path);
    if (context.inObject() && context.getCurrentName() != null) {
      if (path.length() > 0) {
        path.append('.');
      }
      path.append(context.getCurrentName());
    } else if (context.inArray() && context.hasCurrentIndex()) {
      path.append('[').append(context.getCurrentIndex()).append(']');
    }
  }

  /** The path one level up: {@code a[0]} for {@code a[0].b}, {@code a} for {@code a[0]}. */
  static String parentOf(String path) {
    int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    return cut < 0 ? "" : path.substring(0, cut);
  }

  /** How a path reads in a message; the root is the case itself. */
  static String label(String path) {
    return path.isEmpty() ? "case" : path;
  }
}
