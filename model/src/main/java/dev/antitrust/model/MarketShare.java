package dev.antitrust.model;

/**
 * One company's share of one market, as the case file gives it. The engine inserts one per entry of
 * {@link Market#shares()}, leaving out the fringe.
 */
public record MarketShare(String market, String company, double share) {

  public MarketShare {
    Require.id("market", market);
    Require.id("company", company);
    Require.percent("share", share);
  }
}
