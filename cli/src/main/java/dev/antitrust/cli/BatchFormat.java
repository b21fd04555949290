package dev.antitrust.cli;

import dev.antitrust.engine.batch.BatchRecord;
import dev.antitrust.model.WireName;
import java.io.IOException;
import java.io.Writer;

/**
 * The output formats of {@code batch}. Workers turn each case into its record's text with {@link
 * #text}, in parallel; the one writer thread frames them with {@link #begin},
 * {@link #record} and {@link #end}, in input order.
 */
enum BatchFormat implements WireName {
  /** One JSON object per line: the Assessment, or {@code {"error": {...}}}. */
  JSONL,
  /** One row per concern, one row for a case without, one row per error; header {@link CsvRecords#HEADER}. */
  CSV,
  /** One JSON array of the JSONL records, one element per line. */
  JSON,
  /**
   * One HTML page. The records are the page's case and error sections; {@link HtmlBatchReport}
   * writes the page around them once the run is over, because its overview comes first.
   */
  HTML;

  /** The text of a record: a whole line (or lines) for JSONL and CSV, the array element for JSON. */
  String text(BatchRecord record) {
    return switch (this) {
      case JSONL -> record.json() + "\n";
      case JSON -> record.json();
      case CSV -> record.isError() ? CsvRecords.error(record.error()) : CsvRecords.result(record.assessment(),
          record.location());
      case HTML -> record.isError() ? HtmlBatchReport.error(record.error())
          : HtmlBatchReport.section(record.assessment(), record.location());
    };
  }

  /** Writes what comes before the first record. */
  void begin(Writer out) throws IOException {
    if (this == CSV) {
      out.write(CsvRecords.HEADER);
      out.write('\n');
    }
  }

  /** Writes one record's text, with the separator it needs. */
  void record(Writer out, String text, boolean first) throws IOException {
    if (this == JSON) {
      out.write(first ? "[\n" : ",\n");
    }
    out.write(text);
  }

  /** Writes what comes after the last record; {@code any} is false when there was none. */
  void end(Writer out, boolean any) throws IOException {
    if (this == JSON) {
      out.write(any ? "\n]\n" : "[]\n");
    }
  }
}
