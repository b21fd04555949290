package dev.antitrust.engine.batch;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The durations the command lines take, such as {@code --case-timeout}: one reading for them all. */
public final class Durations {
  private static final Pattern SHORT = Pattern.compile("(\\d{1,9})(ms|s|m)");

  private Durations() {}

  /**
   * Reads {@code 10s}, {@code 500ms}, {@code 2m} or ISO-8601 ({@code PT10S}).
   *
   * @throws IllegalArgumentException saying what is accepted, for anything else or a duration that
   *     is not positive
   */
  public static Duration parse(String value) {
    Matcher m = SHORT.matcher(value.trim());
    Duration d = null;
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      d = switch (m.group(2)) {
        case "ms" -> Duration.ofMillis(n);
        case "s" -> Duration.ofSeconds(n);
        default -> Duration.ofMinutes(n);
      };
    } else {
      try {
        d = Duration.parse(value.trim());
      } catch (DateTimeParseException e) {
        // d stays null: reported below with the accepted forms
      }
    }
    if (d == null || d.isZero() || d.isNegative()) {
      throw new IllegalArgumentException("'" + value + "' is not a positive duration such as 10s, 500ms or 2m");
    }
    return d;
  }
}
