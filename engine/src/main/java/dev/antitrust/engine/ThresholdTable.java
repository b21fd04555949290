package dev.antitrust.engine;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.antitrust.model.InvalidFactException;
import dev.antitrust.model.Problem;
import dev.antitrust.model.Threshold;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The thresholds table: every legal threshold, fx rate and scoring weight the rules use, with the
 * dates each row is in force. Rows of a later layer replace all rows of the same key.
 */
final class ThresholdTable {
  static final String FILE_NAME = "thresholds.csv";
  static final List<String> COLUMNS =
      List.of("key", "value", "unit", "jurisdiction", "valid_from", "valid_to", "source");

  private static final CsvMapper CSV = new CsvMapper().enable(CsvParser.Feature.TRIM_SPACES);

  /** A row and where it came from, so overlaps and bad values point at a line. */
  record Row(Threshold threshold, String file, int line) {}

  private final Map<String, List<Row>> rowsByKey;

  private ThresholdTable(Map<String, List<Row>> rowsByKey) {
    this.rowsByKey = rowsByKey;
  }

  /**
   * Parses the tables of each layer in order; a key in a later table replaces that key's rows. Adds
   * every problem found to {@code problems}.
   */
  static ThresholdTable parse(List<RuleFile> tables, List<Problem> problems) {
    Map<String, List<Row>> merged = new TreeMap<>();
    for (RuleFile table : tables) {
      Map<String, List<Row>> layer = parseOne(table, problems);
      merged.putAll(layer);
    }
    checkOverlaps(merged, problems);
    return new ThresholdTable(merged);
  }

  private static Map<String, List<Row>> parseOne(RuleFile table, List<Problem> problems) {
    Map<String, List<Row>> rows = new LinkedHashMap<>();
    CsvSchema schema = CsvSchema.emptySchema().withHeader().withComments();
    try (MappingIterator<Map<String, String>> it =
        CSV.readerForMapOf(String.class).with(schema).readValues(table.text())) {
      List<String> header = null;
      while (it.hasNextValue()) {
        int line = it.getCurrentLocation().getLineNr();
        Map<String, String> cells = it.nextValue();
        if (header == null) {
          header = new ArrayList<>(((CsvSchema) it.getParserSchema()).getColumnNames());
          if (!header.equals(COLUMNS)) {
            problems.add(new Problem(table.displayName(), 1, 1,
                "header must be " + String.join(",", COLUMNS) + ", got " + String.join(",", header)));
            return rows;
          }
        }
        toRow(cells, table, line, problems)
            .ifPresent(r -> rows.computeIfAbsent(r.threshold().key(), k -> new ArrayList<>()).add(r));
      }
    } catch (IOException | RuntimeException e) {
      problems.add(new Problem(table.displayName(), 0, 0, "malformed CSV: " + e.getMessage()));
    }
    return rows;
  }

  private static Optional<Row> toRow(Map<String, String> cells, RuleFile table, int line, List<Problem> problems) {
    int before = problems.size();
    String key = cells.getOrDefault("key", "");
    double value = 0;
    try {
      value = Double.parseDouble(cells.getOrDefault("value", ""));
    } catch (NumberFormatException e) {
      problems.add(new Problem(table.displayName(), line, 0,
          "value of '" + key + "' must be a number, got '" + cells.get("value") + "'"));
    }
    LocalDate from = date(cells.get("valid_from"), "valid_from", key, table, line, problems);
    LocalDate to = date(cells.get("valid_to"), "valid_to", key, table, line, problems);
    if (problems.size() > before) {
      return Optional.empty();
    }
    try {
      Threshold t = new Threshold(key, value, cells.get("unit"), cells.get("jurisdiction"), from, to, cells.get("source"));
      return Optional.of(new Row(t, table.displayName(), line));
    } catch (InvalidFactException e) {
      String subject = key.isBlank() ? "a row" : "'" + key + "'";
      problems.add(new Problem(table.displayName(), line, 0, e.field() + " of " + subject + " " + e.reason()));
      return Optional.empty();
    }
  }

  private static LocalDate date(String text, String column, String key, RuleFile table, int line, List<Problem> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      problems.add(new Problem(table.displayName(), line, 0,
          column + " of '" + key + "' must be a date like 2026-01-31, got '" + text + "'"));
      return null;
    }
  }

  private static void checkOverlaps(Map<String, List<Row>> rows, List<Problem> problems) {
    for (List<Row> versions : rows.values()) {
      for (int i = 0; i < versions.size(); i++) {
        for (int j = i + 1; j < versions.size(); j++) {
          Row a = versions.get(i);
          Row b = versions.get(j);
          if (overlap(a.threshold(), b.threshold())) {
            problems.add(new Problem(b.file(), b.line(), 0,
                "rows for '" + b.threshold().key() + "' overlap in time with line " + a.line()
                    + ": valid_to of one must come before valid_from of the other"));
          }
        }
      }
    }
  }

  private static boolean overlap(Threshold a, Threshold b) {
    LocalDate aFrom = a.validFrom() == null ? LocalDate.MIN : a.validFrom();
    LocalDate aTo = a.validTo() == null ? LocalDate.MAX : a.validTo();
    LocalDate bFrom = b.validFrom() == null ? LocalDate.MIN : b.validFrom();
    LocalDate bTo = b.validTo() == null ? LocalDate.MAX : b.validTo();
    return !aTo.isBefore(bFrom) && !bTo.isBefore(aFrom);
  }

  boolean hasKey(String key) {
    return rowsByKey.containsKey(key);
  }

  /** The row of each key in force on {@code day}; keys with no row in force that day are absent. */
  Map<String, Threshold> inForceOn(LocalDate day) {
    Map<String, Threshold> inForce = new TreeMap<>();
    rowsByKey.forEach((key, versions) -> versions.stream()
        .map(Row::threshold)
        .filter(t -> t.inForceOn(day))
        .findFirst()
        .ifPresent(t -> inForce.put(key, t)));
    return inForce;
  }

  /** The value of a key that must be in force whatever the date, such as a scoring weight. */
  Optional<Double> timelessValue(String key) {
    List<Row> versions = rowsByKey.get(key);
    return versions == null || versions.size() != 1
        ? Optional.empty()
        : Optional.of(versions.get(0).threshold().value());
  }

  /** Where a key is defined, for messages. */
  String locate(String key) {
    Row r = rowsByKey.get(key).get(0);
    return r.file() + ":" + r.line();
  }

  static boolean isCurrency(String unit) {
    return unit.length() == 3 && unit.equals(unit.toUpperCase(Locale.ROOT)) && unit.chars().allMatch(Character::isLetter);
  }
}
