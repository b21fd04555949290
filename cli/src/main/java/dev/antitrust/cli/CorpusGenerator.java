package dev.antitrust.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.SplittableRandom;

/**
 * Writes a corpus of synthetic cases as JSON Lines, the same bytes for the same seed, count and
 * damage rate on any machine: one {@link SplittableRandom} seeded once, split per case. Exactly
 * {@link #damaged} lines are damaged, each so that it gives one error record in a batch.
 */
final class CorpusGenerator {
  private final long seed;
  private final long cases;
  private final double corruptPercent;

  /**
   * @param seed the seed; the same seed gives the same corpus
   * @param cases how many lines to write
   * @param corruptPercent the share of lines to damage, 0 to 100
   */
  CorpusGenerator(long seed, long cases, double corruptPercent) {
    if (cases < 0) {
      throw new IllegalArgumentException("cases must not be negative, got " + cases);
    }
    this.seed = seed;
    this.cases = cases;
    this.corruptPercent = corruptPercent;
  }

  /** Writes every line, each ending in {@code \n}; the writer is left open. */
  void write(Writer out) throws IOException {
    SplittableRandom master = new SplittableRandom(seed);
    // Split off first, so damage draws never shift the cases' own streams.
    LineCorruptor corruptor = new LineCorruptor(master.split(), corruptPercent, cases);
    for (long i = 1; i <= cases; i++) {
      String line = SyntheticCase.write(master.split(), caseId(i), seed);
      out.write(corruptor.maybeDamage(line));
      out.write('\n');
    }
  }

  /** How many of the lines are damaged: exactly the damage rate's share, rounded to the nearest line. */
  long damaged() {
    return LineCorruptor.damaged(cases, corruptPercent);
  }

  /** The id of the case on line {@code n}: unique across seeds, so corpora can be concatenated. */
  String caseId(long n) {
    return "gen-" + seed + "-" + n;
  }
}
