package dev.antitrust.model;

/**
 * Indicator: two parties to an agreement belong to groups that both hold a share of the same market,
 * so they compete there.
 *
 * @param agreement agreement id
 * @param market market id
 * @param partyA the first party (company id), in the agreement's order
 * @param partyB the second party
 * @param shareA partyA's group's share
 * @param shareB partyB's group's share
 */
public record Rivalry(
    String agreement, String market, String partyA, String partyB, double shareA, double shareB) {

  public Rivalry {
    Require.id("agreement", agreement);
    Require.id("market", market);
    Require.id("partyA", partyA);
    Require.id("partyB", partyB);
    Require.percent("shareA", shareA);
    Require.percent("shareB", shareB);
  }
}
