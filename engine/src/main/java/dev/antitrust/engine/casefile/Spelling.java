package dev.antitrust.engine.casefile;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean" for misspelt field names, ids and enum values. */
final class Spelling {
  private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

  /** Beyond this many edits a suggestion is a guess, not a correction. */
  private static final int MAX_EDITS = 3;

  private Spelling() {}

  /**
   * The candidate closest to {@code word}, if it is close enough: at most three edits and at most
   * half the word's length, ignoring case, so that a one-letter id is never "corrected" to another
   * and {@code xyz} not to {@code xai}. Ties go to the candidate that comes first.
   */
  static Optional<String> closest(String word, Collection<String> candidates) {
    String w = word.toLowerCase(Locale.ROOT);
    int limit = Math.min(MAX_EDITS, w.length() / 2);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int d = DISTANCE.apply(w, candidate.toLowerCase(Locale.ROOT));
      if (d <= limit && d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** {@code " (did you mean 'x'?)"} when there is a close candidate, else the empty string. */
  static String didYouMean(String word, Collection<String> candidates) {
    return closest(word, candidates).map(c -> " (did you mean '" + c + "'?)").orElse("");
  }
}
