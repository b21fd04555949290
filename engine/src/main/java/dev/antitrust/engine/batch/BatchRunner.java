package dev.antitrust.engine.batch;

import java.io.IOException;
import java.io.PrintWriter;

/**
 * A runner of {@code antitrust batch} that lives outside the command line's jar, such as the Spark
 * module's, so that users who never run it never download it. The command line finds runners with
 * {@link java.util.ServiceLoader} ({@code META-INF/services/dev.antitrust.engine.batch.BatchRunner})
 * and hands {@code batch --engine NAME} to the one whose {@link #name} is {@code NAME}.
 */
public interface BatchRunner {

  /** The {@code --engine} value that selects this runner, e.g. {@code spark}. */
  String name();

  /**
   * Runs the batch: writes one record per input case, the run record beside {@code --out}, and a
   * summary on {@code err}.
   *
   * @param out standard output, where the records go when the request has no output file
   * @param err standard error, for progress and the summary
   * @return the exit code, by the same rules as the built-in runner's: 70 for an internal error
   *     record, 2 for any error record, 1 for a concern at or above {@code --fail-on}, else 0
   * @throws dev.antitrust.engine.RulePackException when the rule pack does not load, before any output
   * @throws IOException when the output cannot be written
   */
  int run(BatchRequest request, PrintWriter out, PrintWriter err) throws IOException;
}
