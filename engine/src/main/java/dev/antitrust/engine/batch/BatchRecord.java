package dev.antitrust.engine.batch;

import dev.antitrust.model.Assessment;
import java.util.Objects;

/**
 * One input case of a batch as it goes out: its result or its error, never both.
 *
 * @param location where the case came from: {@code file:line} for a JSON Lines record, the file
 *     for a case file
 * @param assessment the result, or null for an error record
 * @param error the error, or null for a result
 * @param internal true when the error is a bug, not bad input
 */
public record BatchRecord(String location, Assessment assessment, BatchError error, boolean internal) {

  public BatchRecord {
    Objects.requireNonNull(location, "location");
    if ((assessment == null) == (error == null)) {
      throw new IllegalArgumentException("a batch record has a result or an error, exactly one of them");
    }
    if (internal && error == null) {
      throw new IllegalArgumentException("only an error record can be an internal error");
    }
  }

  /** True for an error record. */
  public boolean isError() {
    return error != null;
  }

  /** The record as one JSON Lines line, without the line break: the assessment, or {@code {"error": {...}}}. */
  public String json() {
    return RecordJson.compact(error == null ? assessment : new BatchError.Envelope(error));
  }
}
