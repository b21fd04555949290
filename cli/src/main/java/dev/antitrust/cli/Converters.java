package dev.antitrust.cli;

import dev.antitrust.engine.batch.Durations;
import dev.antitrust.model.Severity;
import dev.antitrust.model.WireName;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** picocli converters and completion candidates for the option types of the command line. */
final class Converters {
  private Converters() {}

  /** Reads a {@link WireName} enum case-insensitively, naming the accepted values when it cannot. */
  abstract static class WireNameConverter<E extends Enum<E> & WireName> implements ITypeConverter<E> {
    private final Class<E> type;
    private final String what;

    WireNameConverter(Class<E> type, String what) {
      this.type = type;
      this.what = what;
    }

    @Override
    public E convert(String value) {
      return WireName.lookup(type, value).orElseThrow(() -> new TypeConversionException(
          "'" + value + "' is not " + what + "; expected one of "
              + String.join(", ", WireName.names(type))));
    }
  }

  /** Converts {@code --fail-on} values such as {@code high}. */
  static final class SeverityConverter extends WireNameConverter<Severity> {
    SeverityConverter() {
      super(Severity.class, "a severity");
    }
  }

  /** Converts {@code --format} values such as {@code json}. */
  static final class FormatConverter extends WireNameConverter<Format> {
    FormatConverter() {
      super(Format.class, "an output format");
    }
  }

  /** Converts {@code batch --format} values such as {@code csv}. */
  static final class BatchFormatConverter extends WireNameConverter<BatchFormat> {
    BatchFormatConverter() {
      super(BatchFormat.class, "a batch output format");
    }
  }

  /** Converts ISO dates such as {@code 2026-05-06}. */
  static final class IsoDateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw new TypeConversionException(
            "'" + value + "' is not an ISO date such as 2026-05-06");
      }
    }
  }

  /** Converts durations such as {@code 10s}, {@code 500ms}, {@code 2m} or ISO {@code PT10S}; positive only. */
  static final class DurationConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      try {
        return Durations.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** The severities as the help lists them: {@code critical, high, ...}. */
  static final class SeverityNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return WireName.names(Severity.class).iterator();
    }
  }

  /** The output formats as the help lists them. */
  static final class FormatNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return WireName.names(Format.class).iterator();
    }
  }

  /** The batch output formats as the help lists them. */
  static final class BatchFormatNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return WireName.names(BatchFormat.class).iterator();
    }
  }
}
