package dev.antitrust.model;

/**
 * A circumstance that switches off the EU horizontal safe zones of HHI and ΔHHI (EU Horizontal
 * Merger Guidelines, OJ C 31, 5.2.2004, para 20 (a)-(e)). Factor (f), a pre-merger share of 50% or
 * more, is computed from the market shares and needs no flag.
 */
public enum SpecialFactor implements WireName {
  /** (a) A party is a potential entrant or a recent entrant with a small share. */
  POTENTIAL_ENTRANT,
  /** (b) A party is an important innovator not reflected in its share. */
  INNOVATOR,
  /** (c) Significant cross-shareholdings among the market participants. */
  CROSS_SHAREHOLDINGS,
  /** (d) A party is a maverick likely to disrupt coordination. */
  MAVERICK,
  /** (e) Signs of past or ongoing coordination. */
  COORDINATION
}
