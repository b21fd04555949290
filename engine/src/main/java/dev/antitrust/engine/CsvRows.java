package dev.antitrust.engine;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.antitrust.model.Problem;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the rows of a pack's CSV table (thresholds, lists) with the line each came from, so that
 * every problem points at a line a spreadsheet user can find. Lines starting with '#' are comments.
 */
final class CsvRows {
  private static final CsvMapper CSV = new CsvMapper().enable(CsvParser.Feature.TRIM_SPACES);

  /** One data row. */
  record Row(int line, Map<String, String> cells) {
    String get(String column) {
      String v = cells.get(column);
      return v == null ? "" : v;
    }
  }

  private CsvRows() {}

  /** The rows of a table whose header must be exactly {@code columns}; problems go to the list. */
  static List<Row> read(RuleFile table, List<String> columns, List<Problem> problems) {
    List<Row> rows = new ArrayList<>();
    CsvSchema schema = CsvSchema.emptySchema().withHeader().withComments();
    try (MappingIterator<Map<String, String>> it =
        CSV.readerForMapOf(String.class).with(schema).readValues(table.text())) {
      boolean headerChecked = false;
      while (it.hasNextValue()) {
        int line = it.getCurrentLocation().getLineNr();
        Map<String, String> cells = it.nextValue();
        if (!headerChecked) {
          List<String> header = new ArrayList<>(((CsvSchema) it.getParserSchema()).getColumnNames());
          if (!header.equals(columns)) {
            problems.add(new Problem(table.displayName(), 1, 1,
                "header must be " + String.join(",", columns) + ", got " + String.join(",", header)));
            return List.of();
          }
          headerChecked = true;
        }
        rows.add(new Row(line, cells));
      }
    } catch (IOException | RuntimeException e) {
      problems.add(new Problem(table.displayName(), 0, 0, "malformed CSV: " + e.getMessage()));
    }
    return rows;
  }

  /** An optional ISO date cell; a bad one is a problem naming the column and the row's key. */
  static LocalDate date(Row row, String column, String key, RuleFile table, List<Problem> problems) {
    String text = row.get(column);
    if (text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      problems.add(new Problem(table.displayName(), row.line(), 0,
          column + " of '" + key + "' must be a date like 2026-01-31, got '" + text + "'"));
      return null;
    }
  }

  /** True when two validity periods (null = open) share a day. */
  static boolean overlap(LocalDate aFrom, LocalDate aTo, LocalDate bFrom, LocalDate bTo) {
    LocalDate af = aFrom == null ? LocalDate.MIN : aFrom;
    LocalDate at = aTo == null ? LocalDate.MAX : aTo;
    LocalDate bf = bFrom == null ? LocalDate.MIN : bFrom;
    LocalDate bt = bTo == null ? LocalDate.MAX : bTo;
    return !at.isBefore(bf) && !bt.isBefore(af);
  }
}
