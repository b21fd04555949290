package dev.antitrust.model;

import java.util.Map;

/**
 * The thresholds in force for one case, by key, as compiled rules read them. Rule authors write
 * {@code $t : Threshold( key == "..." )} and {@code share >= $t.value}; the engine compiles such a
 * pattern into a lookup here, because a threshold read from a session global costs no join, and the
 * joins on thresholds were a tenth of a case. Not meant to be named in rule files: the engine declares
 * the global it lives in. Immutable.
 */
public final class ThresholdValues {
  private final Map<String, Threshold> byKey;

  /** @param byKey the thresholds in force, by key; copied */
  public ThresholdValues(Map<String, Threshold> byKey) {
    this.byKey = Map.copyOf(byKey);
  }

  /** Whether a threshold with this key is in force: a rule that names one that is not never matches. */
  public boolean inForce(String key) {
    return byKey.containsKey(key);
  }

  /**
   * The threshold's value; NaN when none is in force, which fails every comparison, so that a rule
   * comparing a number with it cannot match. Where a rule reads it otherwise, the engine guards the
   * rule with {@link #inForce}.
   */
  public double value(String key) {
    Threshold threshold = byKey.get(key);
    return threshold == null ? Double.NaN : threshold.value();
  }

  /** The threshold itself, or null when none is in force. */
  public Threshold get(String key) {
    return byKey.get(key);
  }
}
