package dev.antitrust.engine;

import dev.antitrust.model.InvalidFactException;
import dev.antitrust.model.Problem;
import dev.antitrust.model.Threshold;
import java.time.LocalDate;
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
    for (CsvRows.Row cells : CsvRows.read(table, COLUMNS, problems)) {
      toRow(cells, table, problems)
          .ifPresent(r -> rows.computeIfAbsent(r.threshold().key(), k -> new ArrayList<>()).add(r));
    }
    return rows;
  }

  private static Optional<Row> toRow(CsvRows.Row cells, RuleFile table, List<Problem> problems) {
    int before = problems.size();
    String key = cells.get("key");
    double value = 0;
    try {
      value = Double.parseDouble(cells.get("value"));
    } catch (NumberFormatException e) {
      problems.add(new Problem(table.displayName(), cells.line(), 0,
          "value of '" + key + "' must be a number, got '" + cells.get("value") + "'"));
    }
    LocalDate from = CsvRows.date(cells, "valid_from", key, table, problems);
    LocalDate to = CsvRows.date(cells, "valid_to", key, table, problems);
    if (problems.size() > before) {
      return Optional.empty();
    }
    try {
      Threshold t = new Threshold(key, value, cells.get("unit"), cells.get("jurisdiction"), from, to, cells.get("source"));
      return Optional.of(new Row(t, table.displayName(), cells.line()));
    } catch (InvalidFactException e) {
      String subject = key.isBlank() ? "a row" : "'" + key + "'";
      problems.add(new Problem(table.displayName(), cells.line(), 0, e.field() + " of " + subject + " " + e.reason()));
      return Optional.empty();
    }
  }

  private static void checkOverlaps(Map<String, List<Row>> rows, List<Problem> problems) {
    for (List<Row> versions : rows.values()) {
      for (int i = 0; i < versions.size(); i++) {
        for (int j = i + 1; j < versions.size(); j++) {
          Threshold a = versions.get(i).threshold();
          Row b = versions.get(j);
          if (CsvRows.overlap(a.validFrom(), a.validTo(), b.threshold().validFrom(), b.threshold().validTo())) {
            problems.add(new Problem(b.file(), b.line(), 0,
                "rows for '" + b.threshold().key() + "' overlap in time with line " + versions.get(i).line()
                    + ": valid_to of one must come before valid_from of the other"));
          }
        }
      }
    }
  }

  /** Every row, by key and then in the table's order. */
  List<Threshold> rows() {
    return rowsByKey.values().stream().flatMap(List::stream).map(Row::threshold).toList();
  }

  /** Every day on which a row comes into force or the day after one goes out of force. */
  List<LocalDate> changeDays() {
    List<LocalDate> days = new ArrayList<>();
    rowsByKey.values().forEach(rows -> rows.forEach(r -> {
      ValidityDays.add(days, r.threshold().validFrom(), r.threshold().validTo());
    }));
    return days;
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
