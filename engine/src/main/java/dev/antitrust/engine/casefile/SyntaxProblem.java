package dev.antitrust.engine.casefile;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.antitrust.model.Problem;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * The one problem reported for an input that does not parse: {@code malformed YAML: <reason>} at
 * the place the parser gave up. Nothing else is reported then, because what follows a syntax error
 * cannot be trusted to mean what it says.
 */
final class SyntaxProblem {
  /** The value in a message of Jackson's stream constraints: "Name length (5000) exceeds ...". */
  /** How an alias appears in the YAML parser's messages: the name of an internal class. */
  private static final Pattern YAML_ALIAS_EVENT = Pattern.compile("<[\\w.]*AliasEvent\\(anchor=([^)]*)\\)>");
  private static final Pattern JACKSON_VALUE = Pattern.compile("\\((\\d+)\\) exceeds");

  private SyntaxProblem() {}

  static Problem of(CaseFormat format, Origin origin, JsonParser parser, JsonProcessingException e) {
    MarkedYAMLException yaml = cause(e, MarkedYAMLException.class);
    if (yaml != null && yaml.getProblemMark() != null) {
      Mark at = yaml.getProblemMark();
      String reason = yamlReason(yaml, origin);
      return origin.problem(at.getLine() + 1, at.getColumn() + 1, malformed(format, reason));
    }
    LimitedParser.CaseLimitException beyond = cause(e, LimitedParser.CaseLimitException.class);
    if (beyond != null) {
      JsonLocation at = beyond.getLocation();
      return origin.problem(at.getLineNr(), at.getColumnNr(), beyond.getOriginalMessage());
    }
    StreamConstraintsException limit = cause(e, StreamConstraintsException.class);
    if (limit != null) {
      // The start of the value that is too long or too deep, not where the parser gave up on it; a
      // name that is too long has no token yet, so there the place the parser reached.
      boolean name = String.valueOf(limit.getOriginalMessage()).startsWith("Name length");
      JsonLocation at = name ? parser.currentLocation() : parser.currentTokenLocation();
      return origin.problem(at.getLineNr(), at.getColumnNr(), limitReason(limit, parser));
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
    // Jackson names an alias where it wanted a key by the YAML parser's class for it.
    String said = YAML_ALIAS_EVENT.matcher(reason).replaceAll("the alias *$1 (YAML aliases are not supported)");
    return "malformed " + format.label() + ": " + said;
  }

  /**
   * Jackson's words for a limit of {@link CaseLimits} it enforced, in the reader's: the limit and the
   * value found.
   */
  private static String limitReason(StreamConstraintsException e, JsonParser parser) {
    String message = String.valueOf(e.getOriginalMessage());
    Matcher value = JACKSON_VALUE.matcher(message);
    String found = value.find() ? CaseLimits.count(Long.parseLong(value.group(1))) : "too many";
    String path = ProblemList.pathOf(parser.getParsingContext());
    String at = path.isEmpty() ? "" : path + ": ";
    if (message.startsWith("Document nesting depth")) {
      return "nested " + found + " levels deep, more than the " + CaseLimits.MAX_DEPTH + " a case file may have";
    }
    if (message.startsWith("Name length")) {
      // No name is set yet for the one being read: the path is that of the mapping it is in.
      String mapping = ProblemList.pathOf(parser.getParsingContext().getParent());
      at = mapping.isEmpty() ? "" : mapping + ": ";
      return at + "the field name has " + found + " characters, more than the "
          + CaseLimits.count(CaseLimits.MAX_NAME_CHARS) + " a name may have";
    }
    if (message.startsWith("Number value length")) {
      return at + numberTooLong(found);
    }
    return firstLine(message);
  }

  /** The message for a number written with more characters than the limit. */
  static String numberTooLong(String length) {
    return "the number has " + length + " characters, more than the " + CaseLimits.MAX_NUMBER_CHARS
        + " a number may have";
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
    for (String tail : new String[] {" (start marker at ", ": enable `", " (not recognized as one since "}) {
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
