package dev.antitrust.engine;

import java.time.LocalDate;
import java.util.List;

/** The days on which what is in force can change: a row's first day, and the day after its last. */
final class ValidityDays {
  private ValidityDays() {}

  /** Adds the change days of a row valid from {@code from} to {@code to}, either null for open. */
  static void add(List<LocalDate> days, LocalDate from, LocalDate to) {
    if (from != null) {
      days.add(from);
    }
    if (to != null && to.isBefore(LocalDate.MAX)) {
      days.add(to.plusDays(1));
    }
  }
}
