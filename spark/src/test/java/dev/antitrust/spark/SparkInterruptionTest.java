package dev.antitrust.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The race between the shutdown hook and the end of the run, played without a signal: whichever takes
 * the output first has it, and the other does nothing. {@link SparkInterruptionIT} sends a real one.
 */
class SparkInterruptionTest {
  private final AtomicInteger deletions = new AtomicInteger();
  private final List<RecordCounts> records = new ArrayList<>();
  private final StringWriter err = new StringWriter();

  private SparkInterruption interruption() {
    long[] counts = new long[RecordCounts.SIZE];
    counts[RecordCounts.RESULTS] = 40;
    counts[RecordCounts.ERRORS] = 2;
    return new SparkInterruption(deletions::incrementAndGet, () -> new RecordCounts(counts), records::add,
        new PrintWriter(err, true));
  }

  @Test
  void hookFirst_deletesThePartsWritesTheRecord_andRefusesTheCommit() {
    try (SparkInterruption interruption = interruption()) {
      interruption.stop();

      assertThat(interruption.happened()).isTrue();
      assertThat(interruption.commit()).isFalse();
      assertThat(deletions).hasValue(1);
      assertThat(records).singleElement().satisfies(r -> assertThat(r.inputs()).isEqualTo(42));
      assertThat(err.toString()).contains("interrupted after 42 cases: no output written; the run record says so");
    }
  }

  @Test
  void commitFirst_theHookLeavesTheOutputAndTheRecordToTheRun() {
    SparkInterruption interruption = interruption();
    assertThat(interruption.commit()).isTrue();
    interruption.close(); // the run is over: the hook waits no longer

    interruption.stop();

    assertThat(interruption.happened()).isFalse();
    assertThat(deletions).hasValue(0);
    assertThat(records).isEmpty();
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void withoutAnOutputFile_theHookWritesNoRecord() {
    long[] counts = new long[RecordCounts.SIZE];
    try (SparkInterruption interruption = new SparkInterruption(deletions::incrementAndGet,
        () -> new RecordCounts(counts), null, new PrintWriter(err, true))) {
      interruption.stop();

      assertThat(deletions).hasValue(1);
      assertThat(err.toString()).isEqualTo("interrupted after 0 cases" + System.lineSeparator());
    }
  }
}
