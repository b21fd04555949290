package dev.antitrust.spark;

import dev.antitrust.engine.batch.BatchRecord;
import dev.antitrust.model.Concern;
import dev.antitrust.model.Severity;
import org.apache.spark.util.AccumulatorV2;

/**
 * Counts records as the tasks write them. Updated only in the stage that writes the output, a
 * result stage: Spark merges a result task's accumulator updates once per partition, whatever the
 * retries and speculative copies, so the counts describe exactly the records committed.
 */
final class CountsAccumulator extends AccumulatorV2<BatchRecord, RecordCounts> {
  private static final long serialVersionUID = 1L;

  private final long[] counts = new long[RecordCounts.SIZE];

  @Override
  public boolean isZero() {
    for (long n : counts) {
      if (n != 0) {
        return false;
      }
    }
    return true;
  }

  @Override
  public CountsAccumulator copy() {
    CountsAccumulator copy = new CountsAccumulator();
    System.arraycopy(counts, 0, copy.counts, 0, counts.length);
    return copy;
  }

  @Override
  public void reset() {
    java.util.Arrays.fill(counts, 0);
  }

  @Override
  public void add(BatchRecord record) {
    if (record.isError()) {
      counts[RecordCounts.ERRORS]++;
      if (record.internal()) {
        counts[RecordCounts.INTERNAL]++;
      }
      return;
    }
    counts[RecordCounts.RESULTS]++;
    Severity highest = record.assessment().highestSeverity().orElse(null);
    counts[highest == null ? RecordCounts.WITHOUT_CONCERNS : RecordCounts.BY_HIGHEST + highest.ordinal()]++;
    for (Concern c : record.assessment().concerns()) {
      counts[RecordCounts.CONCERNS + c.severity().ordinal()]++;
    }
  }

  @Override
  public void merge(AccumulatorV2<BatchRecord, RecordCounts> other) {
    long[] theirs = ((CountsAccumulator) other).counts;
    for (int i = 0; i < counts.length; i++) {
      counts[i] += theirs[i];
    }
  }

  @Override
  public RecordCounts value() {
    return new RecordCounts(counts);
  }
}
