package dev.antitrust.model;

/**
 * Indicator: a market's geography lies within or spans a jurisdiction, so that jurisdiction's rules
 * can bite there. A worldwide market reaches every jurisdiction of the pack; an EEA or Member State
 * market reaches the EU; a US market does not reach the EU.
 */
public record MarketReach(String market, String jurisdiction) {

  public MarketReach {
    Require.id("market", market);
    Require.text("jurisdiction", jurisdiction);
  }
}
