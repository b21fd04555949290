package dev.antitrust.engine;

import dev.antitrust.model.Case;
import dev.antitrust.model.Threshold;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Puts money thresholds into the case's currency, so rules compare like with like. Rates are USD per
 * unit of a currency: the case's {@code fx} first, then the table's {@code fx.<CODE>} row in force.
 */
final class CurrencyConversion {
  static final String FX_PREFIX = "fx.";

  private CurrencyConversion() {}

  /** The thresholds in force on the case's date, money converted to the case currency. */
  static Map<String, Threshold> inForce(ThresholdTable table, Case theCase) {
    Map<String, Threshold> inForce = table.inForceOn(theCase.asOf());
    Map<String, Threshold> converted = new LinkedHashMap<>();
    for (Threshold t : inForce.values()) {
      if (t.key().startsWith(FX_PREFIX) || !ThresholdTable.isCurrency(t.unit()) || t.unit().equals(theCase.currency())) {
        converted.put(t.key(), t);
        continue;
      }
      double from = usdPer(t.unit(), inForce, theCase, t.key());
      double to = usdPer(theCase.currency(), inForce, theCase, t.key());
      converted.put(t.key(), t.convertedTo(t.value() * from / to, theCase.currency()));
    }
    return converted;
  }

  private static double usdPer(String currency, Map<String, Threshold> inForce, Case theCase, String forKey) {
    if (currency.equals("USD")) {
      return 1.0;
    }
    return Optional.ofNullable(theCase.fx().get(currency))
        .or(() -> Optional.ofNullable(inForce.get(FX_PREFIX + currency)).map(Threshold::value))
        .orElseThrow(() -> new AssessmentException(theCase.id(), null,
            "no exchange rate for " + currency + " on " + theCase.asOf() + " (needed for threshold '" + forKey
                + "'): add a row '" + FX_PREFIX + currency + "' to thresholds.csv or 'fx: {" + currency + ": <USD per "
                + currency + ">}' to the case", null));
  }
}
