package dev.antitrust.model;

/**
 * Indicator: the Herfindahl-Hirschman index of a market before any deal in the case, the sum of the
 * squared group shares in percent (0 to 10,000). The fringe is not squared, so where the case has a
 * fringe this is a lower bound.
 *
 * @param firms how many groups hold a share
 */
public record MarketHhi(String market, double hhi, int firms) {

  public MarketHhi {
    Require.id("market", market);
    Require.nonNegative("hhi", hhi);
    Require.nonNegative("firms", firms);
  }
}
