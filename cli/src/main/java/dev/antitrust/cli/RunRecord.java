package dev.antitrust.cli;

import dev.antitrust.engine.batch.ThresholdTableHash;
import dev.antitrust.model.RulePackInfo;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a batch run did, written as JSON beside its output ({@code FILE.run.json}) so that a result
 * file can be traced to its inputs, rules and settings, and checked for completeness.
 *
 * @param arguments the command line of {@code antitrust batch}
 * @param startedAt when the run started
 * @param endedAt when the last record was written, or when the run was interrupted
 * @param status {@code complete}; {@code stopped-early} when {@code --max-errors} stopped it; or
 *     {@code interrupted} when Ctrl-C or a signal stopped it, and no output file was written
 * @param engineVersion the engine's version
 * @param rulePack the rules used: version, SHA-256 of rule files and tables, sources
 * @param thresholdTables the thresholds tables the pack draws on, each with the SHA-256 of its bytes.
 *     Which rows are in force differs per case with its {@code asOf}, too much to list per case;
 *     these hashes pin down the tables they come from
 * @param inputs each input as given, with the SHA-256 and size of the bytes read and its case count;
 *     for an interrupted run, the inputs read to the end before it stopped
 * @param output the output file and format
 * @param threads worker threads
 * @param counts inputs, results, errors and concerns; inputs = results + errors. For an
 *     interrupted run, the records written to the discarded output before it stopped
 * @param maxErrors the {@code --max-errors} limit, 0 for none
 * @param stoppedEarly true when {@code --max-errors} stopped the run before the inputs ended
 * @param stoppedAt the input location of the error that stopped it, or null
 * @param exitCode the exit code of the run, or null when it was interrupted (the process then ends
 *     with the signal's status)
 */
record RunRecord(
    List<String> arguments,
    Instant startedAt,
    Instant endedAt,
    String status,
    String engineVersion,
    RulePackInfo rulePack,
    List<ThresholdTableHash> thresholdTables,
    List<BatchInputs.Digest> inputs,
    Output output,
    int threads,
    Counts counts,
    long maxErrors,
    boolean stoppedEarly,
    String stoppedAt,
    Integer exitCode) {

  static final String COMPLETE = "complete";
  static final String STOPPED_EARLY = "stopped-early";
  static final String INTERRUPTED = "interrupted";

  /** Where the records went. */
  record Output(String file, String format) {}

  /** The counts of a run; {@code inputs == results + errors}. */
  record Counts(
      long inputs,
      long results,
      long errors,
      long internalErrors,
      Map<String, Long> resultsByHighestSeverity,
      Map<String, Long> concernsBySeverity) {

    static Counts of(BatchTally tally) {
      return new Counts(tally.inputs(), tally.results(), tally.errors(), tally.internalErrors(),
          tally.resultsByHighestSeverity(), tally.concernsBySeverity());
    }
  }
}
