package dev.antitrust.cli;

import dev.antitrust.engine.batch.BatchError;
import dev.antitrust.model.Assessment;
import dev.antitrust.model.Concern;
import java.util.Locale;

/**
 * Batch records as CSV (RFC 4180 quoting, {@code \n} line ends): one row per concern, one row with
 * status {@code none} for a case without concerns, one row with status {@code error} per error
 * record. The README documents the columns.
 */
final class CsvRecords {
  /** The header row; keep the README's Batch section in step. */
  static final String HEADER = "case_id,source,as_of,status,rank,score,severity,rule_id,jurisdiction,"
      + "category,subjects,finding,error";

  private CsvRecords() {}

  static String result(Assessment a, String source) {
    StringBuilder rows = new StringBuilder(256 * Math.max(1, a.concerns().size()));
    if (a.concerns().isEmpty()) {
      row(rows, a.caseId(), source, a.asOf().toString(), "none", "", "", "", "", "", "", "", "", "");
    }
    for (Concern c : a.concerns()) {
      row(rows, a.caseId(), source, a.asOf().toString(), "concern", Integer.toString(c.rank()),
          String.format(Locale.ROOT, "%.1f", c.score()), c.severity().wireName(), c.ruleId(),
          c.jurisdiction(), c.category().wireName(), String.join(";", c.subjects()), c.finding(), "");
    }
    return rows.toString();
  }

  static String error(BatchError e) {
    StringBuilder row = new StringBuilder(256);
    row(row, e.caseId() == null ? "" : e.caseId(), e.source(), "", "error", "", "", "",
        e.rule() == null ? "" : e.rule(), "", "", "", "", String.join(" | ", e.messages()));
    return row.toString();
  }

  private static void row(StringBuilder out, String... cells) {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        out.append(',');
      }
      field(out, cells[i]);
    }
    out.append('\n');
  }

  /** A cell, quoted when it holds a comma, a quote or a line break, with quotes doubled. */
  static void field(StringBuilder out, String value) {
    boolean quote = false;
    for (int i = 0; i < value.length() && !quote; i++) {
      char c = value.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote) {
      out.append(value);
      return;
    }
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"') {
        out.append('"');
      }
      out.append(c);
    }
    out.append('"');
  }
}
