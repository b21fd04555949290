package dev.antitrust.engine;

import dev.antitrust.model.Case;
import dev.antitrust.model.Threshold;
import dev.antitrust.model.ThresholdValues;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The reference facts a case runs with — the thresholds in force on its date in its currency, and
 * the list members in force — worked out once for each period and currency and then shared by every
 * case of that kind. A batch has a few such kinds (a handful of currencies, the periods between the
 * tables' change days), so this spares each case converting and validating a hundred thresholds.
 * Only the facts some rule of the pack can match go into a session (see {@link MatchableFacts}): a
 * pack that reads ten thresholds does not pay for inserting a hundred. Thread-safe.
 */
final class ReferenceFacts {
  /**
   * The facts in force for one kind of case, in the order they go into the session, and every
   * threshold in force for the rules that read them from a global ({@link ThresholdInlining});
   * immutable, shared.
   */
  record InForce(List<Object> facts, ThresholdValues thresholds) {
    InForce {
      facts = List.copyOf(facts);
    }
  }

  /** Cases with their own exchange rates make a kind each: past this many kinds the cache starts over. */
  private static final int MAX_KINDS = 1024;

  private record Kind(int period, String currency, Map<String, Double> fx) {}

  private final ThresholdTable thresholds;
  private final ReferenceLists lists;
  private final Predicate<Object> matchable;
  /** The days on which anything in either table changes, sorted, each once. */
  private final LocalDate[] changeDays;
  private final Map<Kind, InForce> byKind = new ConcurrentHashMap<>();

  ReferenceFacts(ThresholdTable thresholds, ReferenceLists lists, Predicate<Object> matchable) {
    this.thresholds = thresholds;
    this.lists = lists;
    this.matchable = matchable;
    List<LocalDate> days = new ArrayList<>(thresholds.changeDays());
    days.addAll(lists.changeDays());
    this.changeDays = days.stream().distinct().sorted().toArray(LocalDate[]::new);
  }

  /**
   * The thresholds (money in the case currency) and list members in force for the case that the
   * pack's rules can match.
   *
   * @throws AssessmentException when a money threshold needs an exchange rate nobody gives
   */
  InForce forCase(Case theCase) {
    Kind kind = new Kind(period(theCase.asOf()), theCase.currency(), theCase.fx());
    InForce known = byKind.get(kind);
    if (known != null) {
      return known;
    }
    // Not computeIfAbsent: a failed conversion must throw for this case, naming it, and cache nothing.
    Map<String, Threshold> converted = CurrencyConversion.inForce(thresholds, theCase);
    List<Object> facts = new ArrayList<>(converted.values());
    facts.addAll(new LinkedHashSet<>(lists.inForceOn(theCase.asOf())));
    facts.removeIf(matchable.negate());
    InForce computed = new InForce(facts, new ThresholdValues(converted));
    if (byKind.size() >= MAX_KINDS) {
      byKind.clear();
    }
    InForce raced = byKind.putIfAbsent(kind, computed);
    return raced != null ? raced : computed;
  }

  /** The number of change days on or before {@code day}: the same for every day of one period. */
  private int period(LocalDate day) {
    int i = Arrays.binarySearch(changeDays, day);
    return i >= 0 ? i + 1 : -i - 1;
  }
}
