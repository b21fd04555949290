package dev.antitrust.engine.casefile;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.antitrust.model.Problem;
import java.util.Locale;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * The one problem reported for an input that does not parse: {@code malformed YAML: <reason>} at
 * the place the parser gave up. Nothing else is reported then, because what follows a syntax error
 * cannot be trusted to mean what it says.
 */
final class SyntaxProblem {
  private SyntaxProblem() {}

  static Problem of(CaseFormat format, Origin origin, JsonParser parser, JsonProcessingException e) {
    MarkedYAMLException yaml = cause(e, MarkedYAMLException.class);
    if (yaml != null && yaml.getProblemMark() != null) {
      Mark at = yaml.getProblemMark();
      String reason = yamlReason(yaml, origin);
      return origin.problem(at.getLine() + 1, at.getColumn() + 1, malformed(format, reason));
    }
    StreamConstraintsException limit = cause(e, StreamConstraintsException.class);
    if (limit != null) {
      JsonLocation at = parser.currentLocation();
      String reason = String.valueOf(limit.getOriginalMessage()).contains("nesting depth")
          ? "nested more than " + CaseFormat.MAX_DEPTH + " levels deep"
          : firstLine(limit.getOriginalMessage());
      return origin.problem(at.getLineNr(), at.getColumnNr(), malformed(format, reason));
    }
    // The YAML parser has already made a duplicate key its current token: point at the name. The
    // JSON parser reports the place just after the name, which is close enough.
    boolean duplicate = String.valueOf(e.getOriginalMessage()).startsWith("Duplicate field");
    JsonLocation at = format == CaseFormat.YAML && duplicate
        ? parser.currentTokenLocation()
        : e.getLocation() != null ? e.getLocation() : parser.currentLocation();
    if (e instanceof JsonMappingException mapping && cause(e, JsonParseException.class) == null) {
      // Binding failed in a way the problem handler does not cover: still one located problem.
      String path = mapping.getPath().isEmpty() ? "" : ProblemList.label(pathOf(mapping)) + ": ";
      return origin.problem(at.getLineNr(), at.getColumnNr(), path + firstLine(e.getOriginalMessage()));
    }
    String reason = firstLine(e.getOriginalMessage());
    return origin.problem(at.getLineNr(), at.getColumnNr(), malformed(format, reason));
  }

  private static String malformed(CaseFormat format, String reason) {
    return "malformed " + format.label() + ": " + reason;
  }

  /** SnakeYAML's problem, with what it was parsing and where that began, as the parser says it. */
  private static String yamlReason(MarkedYAMLException e, Origin origin) {
    String reason = e.getProblem().trim();
    if (e.getContext() != null && e.getContextMark() != null) {
      Mark from = e.getContextMark();
      reason += " (" + e.getContext().trim() + " that starts at "
          + (from.getLine() + 1 + origin.lineOffset()) + ":" + (from.getColumn() + 1) + ")";
    }
    return reason;
  }

  private static String pathOf(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        path.append(path.length() > 0 ? "." : "").append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  /** The first line of a parser's message, without the location it appends, lower-cased. */
  private static String firstLine(String message) {
    String line = message == null ? "unreadable input" : message.strip().lines().findFirst().orElse("");
    // Jackson's messages end in a source location or in advice on its own settings: neither helps.
    for (String tail : new String[] {" (start marker at ", ": enable `"}) {
      int at = line.indexOf(tail);
      if (at > 0) {
        line = line.substring(0, at);
      }
    }
    return line.isEmpty() ? line : line.substring(0, 1).toLowerCase(Locale.ROOT) + line.substring(1);
  }

  private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
