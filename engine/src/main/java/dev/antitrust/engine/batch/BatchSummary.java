package dev.antitrust.engine.batch;

import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/** The line a batch run ends with on standard error, whichever engine ran it. */
public final class BatchSummary {
  private BatchSummary() {}

  /**
   * {@code 1,000 cases: 990 results, 10 errors (highest concern: 3 high, ..., 500 none)}.
   *
   * @param resultsByHighestSeverity results by their most serious concern, in the order to list them;
   *     zero counts are left out
   */
  public static String line(long inputs, long results, long errors, long internalErrors,
      Map<String, Long> resultsByHighestSeverity) {
    StringJoiner highest = new StringJoiner(", ", " (highest concern: ", ")");
    highest.setEmptyValue("");
    resultsByHighestSeverity.forEach((severity, n) -> {
      if (n > 0) {
        highest.add(String.format(Locale.ROOT, "%,d %s", n, severity));
      }
    });
    return count(inputs, "case") + ": " + count(results, "result") + ", " + count(errors, "error") + highest
        + (internalErrors > 0 ? "; " + String.format(Locale.ROOT, "%,d", internalErrors) + " of them internal" : "");
  }

  /** {@code 1 case}, {@code 1,000 cases}: a count and a regular noun. */
  public static String count(long n, String noun) {
    return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
  }
}
