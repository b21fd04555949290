package dev.antitrust.engine.casefile;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import dev.antitrust.model.WireName;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns what Jackson would throw on (an unknown field, a list where text belongs, ...) into a
 * recorded problem, skips the offending value and lets binding go on, so one pass finds every such
 * problem of a file. Stateless: the problems go to the {@link ProblemList} that each read attaches to
 * its deserialization context.
 */
final class BindingProblemHandler extends DeserializationProblemHandler {
  private static final int QUOTE_LIMIT = 40;

  /** The problem list of the read in progress. */
  static ProblemList problems(DeserializationContext ctxt) {
    return (ProblemList) ctxt.getAttribute(ProblemList.class);
  }

  /** Records that the current value is not {@code expected}, skips it and returns null for it. */
  static <T> T reject(JsonParser p, DeserializationContext ctxt, String expected) throws IOException {
    problems(ctxt).badValue(p, "expected " + expected + ", got " + got(p));
    p.skipChildren();
    return null;
  }

  @Override
  public boolean handleUnknownProperty(
      DeserializationContext ctxt,
      JsonParser p,
      JsonDeserializer<?> deserializer,
      Object beanOrClass,
      String propertyName)
      throws IOException {
    Class<?> type = beanOrClass instanceof Class<?> c ? c : beanOrClass.getClass();
    List<String> known = knownFields(type, deserializer);
    String hint = Spelling.closest(propertyName, known)
        .map(c -> " (did you mean '" + c + "'?)")
        .orElse("; known fields: " + String.join(", ", known));
    // Records buffer unknown members and replay them without a location; the path finds the key.
    problems(ctxt).at(pathOf(ctxt, p, propertyName),
        "unknown field '" + propertyName + "' in " + CaseDto.entityName(type) + hint);
    p.skipChildren();
    return true;
  }

  @Override
  public Object handleUnexpectedToken(
      DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p, String failureMsg)
      throws IOException {
    return reject(p, ctxt, expected(targetType.getRawClass()));
  }

  @Override
  public Object handleMissingInstantiator(
      DeserializationContext ctxt, Class<?> instClass, ValueInstantiator valueInsta, JsonParser p, String msg)
      throws IOException {
    return reject(p, ctxt, expected(instClass));
  }

  @Override
  public Object handleWeirdStringValue(
      DeserializationContext ctxt, Class<?> targetType, String valueToConvert, String failureMsg)
      throws IOException {
    return reject(ctxt.getParser(), ctxt, expected(targetType));
  }

  @Override
  public Object handleWeirdNumberValue(
      DeserializationContext ctxt, Class<?> targetType, Number valueToConvert, String failureMsg)
      throws IOException {
    return reject(ctxt.getParser(), ctxt, expected(targetType));
  }

  /**
   * The path of an unknown member. A record's unknown members are buffered and replayed once the
   * record is built, by a parser whose context does not know where the record was; the reading
   * parser does, then at the end of the record or at its next member.
   */
  private static String pathOf(DeserializationContext ctxt, JsonParser p, String propertyName) {
    JsonParser reading = ctxt.getParser();
    if (p == reading || reading == null) {
      return ProblemList.pathOf(p.getParsingContext());
    }
    JsonStreamContext context = reading.getParsingContext();
    // At the record's end the context is already the record's parent; inside it, the record's own.
    String record = ProblemList.pathOf(reading.currentToken() == JsonToken.END_OBJECT ? context : context.getParent());
    return record.isEmpty() ? propertyName : record + "." + propertyName;
  }

  /** The fields of a record in the order the schema lists them, for suggestions and messages. */
  private static List<String> knownFields(Class<?> type, JsonDeserializer<?> deserializer) {
    if (type.isRecord()) {
      return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
    }
    return deserializer.getKnownPropertyNames().stream().map(String::valueOf).sorted().toList();
  }

  /** What a value of the type looks like, as a user would write it. */
  static String expected(Class<?> type) {
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "a list";
    }
    if (Map.class.isAssignableFrom(type) || type.isRecord()) {
      return "a mapping";
    }
    if (type == Double.class || type == double.class) {
      return "a number";
    }
    if (type == Integer.class || type == Long.class || type == int.class || type == long.class) {
      return "a whole number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == LocalDate.class) {
      return "a date yyyy-mm-dd";
    }
    if (type.isEnum() && WireName.class.isAssignableFrom(type)) {
      return "one of: " + Arrays.stream(type.getEnumConstants())
          .map(e -> ((WireName) e).wireName())
          .collect(Collectors.joining(", "));
    }
    return "text";
  }

  /** What the parser's current value is, as a user would recognise it. */
  static String got(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == null) {
      return "nothing";
    }
    if (LimitedParser.isAlias(p)) {
      // Jackson passes an alias through as its name instead of the anchored value.
      return "the alias *" + p.getText() + " (YAML aliases are not supported)";
    }
    return switch (t) {
      case START_ARRAY -> "a list";
      case START_OBJECT -> "a mapping";
      case VALUE_NULL -> "nothing";
      case VALUE_STRING -> quote(p.getText());
      default -> p.getText();
    };
  }

  /** The text in single quotes, shortened when long, for a message. */
  static String quote(String text) {
    return "'" + (text.length() > QUOTE_LIMIT ? text.substring(0, QUOTE_LIMIT) + "..." : text) + "'";
  }
}
