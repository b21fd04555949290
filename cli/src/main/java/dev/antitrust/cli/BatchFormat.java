package dev.antitrust.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.antitrust.model.Assessment;
import dev.antitrust.model.WireName;
import java.io.IOException;
import java.io.Writer;

/**
 * The output formats of {@code batch}. Workers turn each case into its record's text with {@link
 * #result} or {@link #error}, in parallel; the one writer thread frames them with {@link #begin},
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

  /** The text of a result record: a whole line (or lines) for JSONL and CSV, the element for JSON. */
  String result(Assessment assessment, String source) {
    return switch (this) {
      case JSONL -> json(assessment) + "\n";
      case JSON -> json(assessment);
      case CSV -> CsvRecords.result(assessment, source);
      case HTML -> HtmlBatchReport.section(assessment, source);
    };
  }

  /** The text of an error record, framed like {@link #result}. */
  String error(BatchError error) {
    return switch (this) {
      case JSONL -> json(new BatchError.Envelope(error)) + "\n";
      case JSON -> json(new BatchError.Envelope(error));
      case CSV -> CsvRecords.error(error);
      case HTML -> HtmlBatchReport.error(error);
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

  private static String json(Object value) {
    try {
      return JsonRenderer.COMPACT.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      // Records of strings, numbers, dates and enums: failing here is a bug.
      throw new IllegalStateException("cannot write a record as JSON: " + e.getOriginalMessage(), e);
    }
  }
}
