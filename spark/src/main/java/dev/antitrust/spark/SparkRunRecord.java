package dev.antitrust.spark;

import dev.antitrust.engine.batch.ThresholdTableHash;
import dev.antitrust.model.RulePackInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a Spark run did, written as JSON beside its output ({@code OUT.run.json}), like {@code
 * antitrust batch}'s run record: the same fields where they mean the same, with the Spark master and
 * partitions in place of threads. Inputs carry their size and case count but no SHA-256, which
 * would take a sequential pass over every file on the driver.
 *
 * @param arguments the command line
 * @param startedAt when the run started
 * @param endedAt when the output was complete, or when the run was interrupted
 * @param status {@code complete}, or {@code interrupted} when Ctrl-C or a signal stopped the driver
 *     of {@code batch --engine spark} (no output; see {@link SparkInterruption}). A Spark run has no
 *     {@code --max-errors}.
 * @param engineVersion the engine's version
 * @param rulePack the rules used, with the directories as given
 * @param thresholdTables the thresholds tables the pack draws on, each with the SHA-256 of its bytes
 * @param inputs each JSON Lines file (or the table), with its size and case count (null when the
 *     run was interrupted)
 * @param output where the records went and in which format
 * @param master the Spark master
 * @param partitions how many tasks assessed the cases (null when the run was interrupted)
 * @param counts inputs, results, errors and concerns; inputs = results + errors. For an interrupted
 *     run, the records of the tasks that finished, which went with the part files
 * @param exitCode the exit code of the run (null when it was interrupted, as in batch's record)
 */
record SparkRunRecord(
    List<String> arguments,
    Instant startedAt,
    Instant endedAt,
    String status,
    String engineVersion,
    RulePackInfo rulePack,
    List<ThresholdTableHash> thresholdTables,
    List<Input> inputs,
    Output output,
    String master,
    Integer partitions,
    Counts counts,
    Integer exitCode) {

  /** The status of a run that wrote its output, as batch's run record names it. */
  static final String COMPLETE = "complete";
  /** The status of a run that Ctrl-C or a signal stopped, as batch's run record names it. */
  static final String INTERRUPTED = "interrupted";

  /** One input file as error records name it, the path read, its size and its cases. */
  record Input(String input, String path, long bytes, Long cases) {}

  /** Where the records went. */
  record Output(String file, String format) {}

  /** The counts of a run; {@code inputs == results + errors}. */
  record Counts(long inputs, long results, long errors, long internalErrors,
      Map<String, Long> resultsByHighestSeverity, Map<String, Long> concernsBySeverity) {

    static Counts of(RecordCounts counts) {
      return new Counts(counts.inputs(), counts.results(), counts.errors(), counts.internalErrors(),
          counts.resultsByHighestSeverity(), counts.concernsBySeverity());
    }
  }

  /** The inputs of a file run, with the cases each gave, or null for a run that did not end. */
  static List<Input> inputs(List<InputFile> files, long[] cases) {
    List<Input> inputs = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      InputFile f = files.get(i);
      inputs.add(new Input(f.source(), f.path(), f.bytes(), cases == null ? null : cases[i]));
    }
    return inputs;
  }
}
