package dev.antitrust.model;

import java.util.Locale;

/** Formats amounts of money for findings, so every rule writes them the same way. */
public final class Amounts {
  private Amounts() {}

  /**
   * An amount with its currency, in millions below a billion and billions above: {@code $535.5m},
   * {@code €5.0bn}, {@code CHF 12.3m}.
   */
  public static String money(double amount, String currency) {
    String prefix = switch (currency) {
      case "USD" -> "$";
      case "EUR" -> "€";
      case "GBP" -> "£";
      default -> currency + " ";
    };
    double abs = Math.abs(amount);
    String sign = amount < 0 ? "-" : "";
    // Locale.US, not ROOT: the same digits, without a NumberFormat built per number (see Finding.of).
    return abs >= 1e9
        ? String.format(Locale.US, "%s%s%,.1fbn", sign, prefix, abs / 1e9)
        : String.format(Locale.US, "%s%s%,.1fm", sign, prefix, abs / 1e6);
  }
}
