package dev.antitrust.model;

import java.time.LocalDate;

/**
 * One row of the thresholds table. The engine inserts, for each key, the row in force on the case's
 * {@code asOf} date, with money converted to the case currency.
 *
 * @param key stable name, e.g. {@code us.mg2023.hhi.highly-concentrated}
 * @param value the threshold, in {@code unit}
 * @param unit {@code hhi}, {@code percent}, {@code months}, a currency code, ...
 * @param jurisdiction where it applies
 * @param validFrom first day in force, or null for always
 * @param validTo last day in force, or null for open-ended
 * @param source the legal source, with section
 */
public record Threshold(
    String key,
    double value,
    String unit,
    String jurisdiction,
    LocalDate validFrom,
    LocalDate validTo,
    String source) {

  public Threshold {
    Require.id("key", key);
    Require.finite("value", value);
    Require.text("unit", unit);
    Require.text("jurisdiction", jurisdiction);
    Require.text("source", source);
    if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
      throw new InvalidFactException(
          "valid_to", "of '" + key + "' (" + validTo + ") is before its valid_from (" + validFrom + ")");
    }
  }

  /** True when the row is in force on that day. */
  public boolean inForceOn(LocalDate day) {
    return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
  }

  /** The same row with its value in another unit, as after a currency conversion. */
  public Threshold convertedTo(double newValue, String newUnit) {
    return new Threshold(key, newValue, newUnit, jurisdiction, validFrom, validTo, source);
  }
}
