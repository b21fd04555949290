package dev.antitrust.engine.casefile;

import static dev.antitrust.engine.casefile.BindingProblemHandler.got;
import static dev.antitrust.engine.casefile.BindingProblemHandler.problems;
import static dev.antitrust.engine.casefile.BindingProblemHandler.quote;
import static dev.antitrust.engine.casefile.BindingProblemHandler.reject;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.antitrust.model.AgreementKind;
import dev.antitrust.model.HardwareKind;
import dev.antitrust.model.InformationKind;
import dev.antitrust.model.InputKind;
import dev.antitrust.model.RoleKind;
import dev.antitrust.model.WireName;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Strict readers for the scalar values of a case file. Jackson's own are lenient where a compliance
 * file must not be (a float truncated to an int, YAML 1.1's octal {@code 012}, "NaN" accepted as a
 * number) and throw on the first bad value; these record a problem with its location, return null and
 * let binding go on.
 */
final class ScalarDeserializers {
  private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
  private static final Pattern NOT_FINITE =
      Pattern.compile("[-+]?\\.?(nan|inf|infinity)", Pattern.CASE_INSENSITIVE);
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private ScalarDeserializers() {}

  /** A module that installs these readers for every scalar type of {@link CaseDto}. */
  static SimpleModule module() {
    SimpleModule module = new SimpleModule("case-file-scalars");
    module.addDeserializer(String.class, new Text());
    module.addDeserializer(Double.class, new Decimal());
    module.addDeserializer(
        Integer.class, new WholeNumber<>(Integer.class, Integer.MIN_VALUE, Integer.MAX_VALUE));
    module.addDeserializer(Long.class, new WholeNumber<>(Long.class, Long.MIN_VALUE, Long.MAX_VALUE));
    module.addDeserializer(Boolean.class, new Flag());
    module.addDeserializer(LocalDate.class, new Date());
    wireName(module, AgreementKind.class);
    wireName(module, HardwareKind.class);
    wireName(module, InformationKind.class);
    wireName(module, InputKind.class);
    wireName(module, RoleKind.class);
    return module;
  }

  private static <E extends Enum<E> & WireName> void wireName(SimpleModule module, Class<E> type) {
    module.addDeserializer(type, new WireNameValue<>(type));
  }

  private static boolean isAlias(JsonParser p) {
    return LimitedParser.isAlias(p);
  }

  /**
   * Records a number written with more characters than {@link CaseLimits#MAX_NUMBER_CHARS} (the JSON
   * parser refuses those itself; YAML's, and any quoted number, come here) and returns true.
   */
  private static boolean tooLong(JsonParser p, DeserializationContext ctxt, String text) {
    if (text.length() <= CaseLimits.MAX_NUMBER_CHARS || !text.chars().allMatch(ScalarDeserializers::numberChar)) {
      return false;
    }
    problems(ctxt).badValue(p, SyntaxProblem.numberTooLong(CaseLimits.count(text.length())));
    return true;
  }

  private static boolean numberChar(int c) {
    return c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E';
  }

  /** The text of a string or number token, without YAML's digit separators; null for any other. */
  private static String numberText(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      return p.getText().replace("_", "");
    }
    return t == JsonToken.VALUE_STRING && !isAlias(p) ? p.getText().trim() : null;
  }

  /** Text; a number or flag is taken as written, so {@code hq: NO} stays "NO" and not "false". */
  static final class Text extends StdScalarDeserializer<String> {
    Text() {
      super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return p.currentToken().isScalarValue() && !isAlias(p) ? p.getText() : reject(p, ctxt, "text");
    }
  }

  /** A finite decimal number. */
  static final class Decimal extends StdScalarDeserializer<Double> {
    Decimal() {
      super(Double.class);
    }

    @Override
    public Double deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String text = numberText(p);
      if (text == null) {
        return reject(p, ctxt, "a number");
      }
      if (text.isEmpty() || tooLong(p, ctxt, text)) {
        return null;
      }
      // Longer "numbers" are refused before matching, so no one can make the pattern work quadratically.
      boolean numeric = text.length() <= CaseLimits.MAX_NUMBER_CHARS && DECIMAL.matcher(text).matches();
      double value = numeric ? Double.parseDouble(text) : Double.NaN;
      if (Double.isFinite(value)) {
        return value;
      }
      // A decimal too large for a double (1e400) becomes infinite: refused like ".inf" and "NaN".
      if (numeric || NOT_FINITE.matcher(text).matches()) {
        problems(ctxt).badValue(p, "must be a finite number, got " + got(p));
        return null;
      }
      return reject(p, ctxt, "a number");
    }
  }

  /** A whole number within the range of its type; {@code 36.0} is whole, {@code 36.5} is not. */
  static final class WholeNumber<T extends Number> extends StdScalarDeserializer<T> {
    private final Class<T> type;
    private final long min;
    private final long max;

    WholeNumber(Class<T> type, long min, long max) {
      super(type);
      this.type = type;
      this.min = min;
      this.max = max;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String text = numberText(p);
      if (text == null) {
        return reject(p, ctxt, "a whole number");
      }
      if (text.isEmpty() || tooLong(p, ctxt, text)) {
        return null;
      }
      // Longer "numbers" are refused before matching, so no one can make the pattern work quadratically.
      boolean numeric = text.length() <= CaseLimits.MAX_NUMBER_CHARS && DECIMAL.matcher(text).matches();
      BigDecimal value = numeric ? decimal(text) : null;
      if (value == null || value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
        return reject(p, ctxt, "a whole number");
      }
      if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
        problems(ctxt).badValue(p, "must be a whole number from " + min + " to " + max + ", got " + got(p));
        return null;
      }
      long whole = value.longValueExact();
      // Not a conditional expression: that would promote the Integer to a Long.
      if (type == Integer.class) {
        return type.cast((int) whole);
      }
      return type.cast(whole);
    }
  }

  /** The decimal, or null when its exponent is beyond what a BigDecimal holds. */
  private static BigDecimal decimal(String text) {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** True or false; YAML's own spellings ({@code yes}, {@code off}) arrive as flags already. */
  static final class Flag extends StdScalarDeserializer<Boolean> {
    Flag() {
      super(Boolean.class);
    }

    @Override
    public Boolean deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken t = p.currentToken();
      if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
        return t == JsonToken.VALUE_TRUE;
      }
      if (t == JsonToken.VALUE_STRING && !isAlias(p)) {
        String text = p.getText().trim();
        if (text.isEmpty()) {
          return null;
        }
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
          return Boolean.valueOf(text);
        }
      }
      return reject(p, ctxt, "true or false");
    }
  }

  /** An ISO calendar date, yyyy-mm-dd, that exists: no 30 February. */
  static final class Date extends StdScalarDeserializer<LocalDate> {
    Date() {
      super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING || isAlias(p)) {
        return reject(p, ctxt, "a date yyyy-mm-dd");
      }
      String text = p.getText().trim();
      if (text.isEmpty()) {
        return null;
      }
      if (DATE.matcher(text).matches()) {
        try {
          // What LocalDate.parse reads in this shape, without its formatter: a batch reads a date
          // for every case and every agreement, and the formatter was about 7% of reading a case.
          return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
              Integer.parseInt(text, 8, 10, 10));
        } catch (DateTimeException e) {
          // Right shape, no such day: reported below like any other bad date.
        }
      }
      problems(ctxt).badValue(p, quote(text) + " is not a valid date; write yyyy-mm-dd");
      return null;
    }
  }

  /** An enum constant by its kebab-case wire name; an unknown one lists the names allowed. */
  static final class WireNameValue<E extends Enum<E> & WireName> extends StdScalarDeserializer<E> {
    private final Class<E> type;
    private final List<String> names;

    WireNameValue(Class<E> type) {
      super(type);
      this.type = type;
      this.names = WireName.names(type);
    }

    @Override
    public E deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING || isAlias(p)) {
        return reject(p, ctxt, "one of: " + String.join(", ", names));
      }
      String text = p.getText().trim();
      if (text.isEmpty()) {
        return null;
      }
      E value = WireName.lookup(type, text).orElse(null);
      if (value == null) {
        problems(ctxt).badValue(p, "unknown value " + quote(text)
            + Spelling.didYouMean(text.replace('_', '-'), names)
            + "; expected one of: " + String.join(", ", names));
      }
      return value;
    }
  }
}
