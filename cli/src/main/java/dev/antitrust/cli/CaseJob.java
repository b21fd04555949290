package dev.antitrust.cli;

import dev.antitrust.engine.RiskEngine;
import dev.antitrust.engine.batch.BatchError;
import dev.antitrust.engine.batch.BatchRecord;
import dev.antitrust.engine.batch.BatchRecords;
import dev.antitrust.model.Assessment;
import dev.antitrust.model.Severity;
import java.util.concurrent.Callable;

/**
 * One case's trip through a worker: {@link BatchRecords} decodes, reads and assesses it, and the
 * record is rendered in the batch's format here, in parallel. Never throws for a bad case: every
 * failure becomes an error record.
 */
final class CaseJob implements Callable<CaseJob.Outcome> {

  /**
   * A rendered record and what the tally needs to know of it.
   *
   * @param text the record in the batch's format
   * @param location where the case came from ({@code file:line})
   * @param assessment the result, or null for an error record
   * @param error the error, or null for a result
   * @param internal true when the error is a bug, not bad input
   */
  record Outcome(String text, String location, Assessment assessment, BatchError error, boolean internal) {
    /** The most serious concern's severity, or null when none or an error. */
    Severity highest() {
      return assessment == null ? null : assessment.highestSeverity().orElse(null);
    }
  }

  private final RiskEngine engine;
  private final BatchFormat format;
  private final BatchInputs.Item item;

  CaseJob(RiskEngine engine, BatchFormat format, BatchInputs.Item item) {
    this.engine = engine;
    this.format = format;
    this.item = item;
  }

  @Override
  public Outcome call() {
    BatchRecord record;
    if (item.failure() != null) {
      record = BatchRecords.unreadable(item.source(), item.line(), item.failure());
    } else if (item.wholeFile()) {
      record = BatchRecords.ofFile(engine, item.source(), item.bytes());
    } else {
      record = BatchRecords.ofLine(engine, item.source(), item.line(), item.bytes());
    }
    // Only the record's text stays in flight, and the assessment for the tally.
    return new Outcome(format.text(record), record.location(), record.assessment(), record.error(),
        record.internal());
  }
}
