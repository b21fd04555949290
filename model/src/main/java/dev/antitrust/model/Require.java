package dev.antitrust.model;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** The checks the records' compact constructors share, so every message reads the same way. */
final class Require {
  // The bounds of plausible figures: far above any real one, so that a value beyond is a mistake
  // (a unit, a few zeros) or an attack, and far enough inside a double's range that sums and
  // currency conversions of many of them stay finite. SECURITY.md lists them.

  /** The largest amount: money in any currency (world output is about 1e14 US dollars), TPP, MW. */
  static final double MAX_AMOUNT = 1e18;
  /** The longest duration: 100 years. */
  static final int MAX_MONTHS = 1_200;
  /** The most board or observer seats. */
  static final int MAX_SEATS = 1_000;
  /** The most users: more people than there are. */
  static final long MAX_USERS = 10_000_000_000L;
  /** The most hardware units in one asset. */
  static final long MAX_UNITS = 1_000_000_000_000L;

  private Require() {}

  static String id(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidFactException(field, "is required");
    }
    if (!isId(value)) {
      throw new InvalidFactException(
          field,
          "'" + value + "' is not a valid id: use letters, digits, '.', '_', ':' or '-', starting with a letter or digit");
    }
    return value;
  }

  /**
   * Whether the value matches {@code [A-Za-z0-9][A-Za-z0-9._:-]*}. By hand rather than by a regular
   * expression: every fact checks its ids, the facts the rules derive too, so this runs some
   * hundred times per case.
   */
  private static boolean isId(String value) {
    if (value.isEmpty() || !isAsciiLetterOrDigit(value.charAt(0))) {
      return false;
    }
    for (int i = 1; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!isAsciiLetterOrDigit(c) && c != '.' && c != '_' && c != ':' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  static String optionalId(String field, String value) {
    return value == null ? null : id(field, value);
  }

  static String text(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidFactException(field, "is required");
    }
    return value;
  }

  static <T> T present(String field, T value) {
    if (value == null) {
      throw new InvalidFactException(field, "is required");
    }
    return value;
  }

  static double finite(String field, double value) {
    if (!Double.isFinite(value)) {
      throw new InvalidFactException(field, "must be a finite number, got " + value);
    }
    return value;
  }

  static double nonNegative(String field, double value) {
    finite(field, value);
    if (value < 0) {
      throw new InvalidFactException(field, "must not be negative, got " + number(value));
    }
    return value;
  }

  static int nonNegative(String field, int value) {
    if (value < 0) {
      throw new InvalidFactException(field, "must not be negative, got " + value);
    }
    return value;
  }

  /** An amount given in a case: not negative and at most {@link #MAX_AMOUNT}. */
  static double amount(String field, double value) {
    nonNegative(field, value);
    if (value > MAX_AMOUNT) {
      throw new InvalidFactException(field, "must be at most 1e18, got " + number(value));
    }
    return value;
  }

  static Double optionalAmount(String field, Double value) {
    return value == null ? null : amount(field, value);
  }

  /** A count from 0 to {@code max}. */
  static long count(String field, long value, long max) {
    if (value < 0) {
      throw new InvalidFactException(field, "must not be negative, got " + value);
    }
    if (value > max) {
      throw new InvalidFactException(field, "must be at most " + max + ", got " + value);
    }
    return value;
  }

  static <T extends Number> T optionalCount(String field, T value, long max) {
    if (value != null) {
      count(field, value.longValue(), max);
    }
    return value;
  }

  static double percent(String field, double value) {
    finite(field, value);
    if (value < 0 || value > 100) {
      throw new InvalidFactException(field, "must be a percentage from 0 to 100, got " + number(value));
    }
    return value;
  }

  static <T> List<T> list(String field, Collection<T> values) {
    if (values == null) {
      return List.of();
    }
    for (T v : values) {
      if (v == null) {
        throw new InvalidFactException(field, "must not contain an empty entry");
      }
    }
    return List.copyOf(values);
  }

  static List<String> ids(String field, Collection<String> values) {
    List<String> ids = list(field, values);
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      if (id.isBlank() || !isId(id)) {
        id(field + "[" + i + "]", id); // throws, naming the entry
      }
    }
    return ids;
  }

  /** Sorted so that equal maps print, hash and serialise the same way whatever the input order. */
  static Map<String, Double> sortedAmounts(String field, Map<String, Double> values, boolean percentages) {
    if (values == null) {
      return Map.of();
    }
    TreeMap<String, Double> sorted = new TreeMap<>();
    values.forEach(
        (k, v) -> {
          Objects.requireNonNull(k, field + " key");
          String f = field + "." + k;
          if (v == null) {
            throw new InvalidFactException(f, "must be a number");
          }
          sorted.put(k, percentages ? percent(f, v) : amount(f, v));
        });
    return java.util.Collections.unmodifiableMap(sorted);
  }

  static String number(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? String.valueOf((long) value)
        : String.valueOf(value);
  }
}
