package dev.antitrust.model;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** The checks the records' compact constructors share, so every message reads the same way. */
final class Require {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]*");

  private Require() {}

  static String id(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidFactException(field, "is required");
    }
    if (!ID.matcher(value).matches()) {
      throw new InvalidFactException(
          field,
          "'" + value + "' is not a valid id: use letters, digits, '.', '_', ':' or '-', starting with a letter or digit");
    }
    return value;
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

  static Double optionalNonNegative(String field, Double value) {
    return value == null ? null : nonNegative(field, value);
  }

  static int nonNegative(String field, int value) {
    if (value < 0) {
      throw new InvalidFactException(field, "must not be negative, got " + value);
    }
    return value;
  }

  static Integer optionalNonNegative(String field, Integer value) {
    return value == null ? null : nonNegative(field, value.intValue());
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
      id(field + "[" + i + "]", ids.get(i));
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
          sorted.put(k, percentages ? percent(f, v) : nonNegative(f, v));
        });
    return java.util.Collections.unmodifiableMap(sorted);
  }

  static String number(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? String.valueOf((long) value)
        : String.valueOf(value);
  }
}
