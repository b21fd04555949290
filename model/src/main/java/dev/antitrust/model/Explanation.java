package dev.antitrust.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Why a concern was raised, for a reader who wants to check it: the thresholds it crossed or
 * applied as in force on the case's date, the facts it is about, and how each indicator it rests on
 * was computed from the case. The engine adds one to a concern only when asked to explain.
 *
 * @param thresholds the rows of the thresholds table the concern names, as in force on the case's
 *     {@code asOf}, money in the case currency
 * @param facts the concern's subjects with the fields of theirs the rules read
 * @param indicators the derived figures behind the concern, each with its arithmetic
 */
public record Explanation(List<Threshold> thresholds, List<Fact> facts, List<Derivation> indicators) {

  public Explanation {
    thresholds = Require.list("thresholds", thresholds);
    facts = Require.list("facts", facts);
    indicators = Require.list("indicators", indicators);
  }

  /**
   * One fact of the case a concern is about.
   *
   * @param id the fact's id in the case
   * @param kind {@code company}, {@code market}, {@code agreement}, {@code pipeline}, {@code hardware}
   *     or {@code person}
   * @param fields the fields the rules read, as display text, in a fixed order
   */
  public record Fact(String id, String kind, Map<String, String> fields) {

    public Fact {
      Require.id("id", id);
      Require.text("kind", kind);
      fields = Collections.unmodifiableMap(new LinkedHashMap<>(Require.present("fields", fields)));
    }
  }

  /**
   * One indicator and how it was computed, e.g. {@code ΔHHI 120 = 2 × 10.0 × 6.0}.
   *
   * @param indicator what was computed: {@code HHI}, {@code post-merger HHI}, {@code ΔHHI}, {@code
   *     combined share}, {@code group share}, {@code foreclosed share}
   * @param subjects the ids it was computed for: a market, an agreement and a market, a group and a
   *     market, a group and an input
   * @param value the figure, as the rules compute it
   * @param derivation the figure with its arithmetic, as one line of text
   */
  public record Derivation(String indicator, List<String> subjects, double value, String derivation) {

    public Derivation {
      Require.text("indicator", indicator);
      subjects = Require.list("subjects", subjects);
      Require.finite("value", value);
      Require.text("derivation", derivation);
    }
  }
}
