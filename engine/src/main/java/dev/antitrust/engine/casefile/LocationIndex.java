package dev.antitrust.engine.casefile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each path of a text starts: the key of an object member, the first token of a list element.
 * Built by a second pass over the text, only when there are problems to locate, because the bound
 * records do not remember where they came from and a valid input should not pay for it.
 */
final class LocationIndex {

  /** A 1-based line and column as the parser reports them. */
  record Mark(int line, int column) {}

  private final Map<String, Mark> marks;

  private LocationIndex(Map<String, Mark> marks) {
    this.marks = marks;
  }

  /** Indexes a text that has already been parsed once; a late failure leaves a partial index. */
  static LocationIndex of(JsonFactory factory, String text) {
    Map<String, Mark> marks = new HashMap<>();
    try (JsonParser parser = factory.createParser(text)) {
      while (parser.nextToken() != null) {
        JsonLocation at = parser.currentTokenLocation();
        // The first token of a path wins: for a member that is its key, so "line 12, column 5"
        // points at the name the user wrote rather than at the value after it.
        marks.putIfAbsent(
            ProblemList.pathOf(parser.getParsingContext()), new Mark(at.getLineNr(), at.getColumnNr()));
      }
    } catch (IOException e) {
      // Binding read the same text without a syntax error; whatever was indexed is still right.
    }
    return new LocationIndex(marks);
  }

  /** Where {@code path} starts, or where the nearest enclosing path starts; null if none is known. */
  Mark find(String path) {
    String p = path;
    while (true) {
      Mark mark = marks.get(p);
      if (mark != null && mark.line() > 0) {
        return mark;
      }
      if (p.isEmpty()) {
        return null;
      }
      p = ProblemList.parentOf(p);
    }
  }
}
