package dev.antitrust.model;

/**
 * Indicator: how a deal that combines market positions changes concentration in one market.
 *
 * @param market market id
 * @param agreement agreement id
 * @param preHhi HHI before the deal
 * @param postHhi HHI after the deal, with the parties' groups as one firm
 * @param deltaHhi {@code postHhi - preHhi}; for two parties, 2 × s1 × s2
 * @param combinedShare the parties' groups' shares added up, in percent
 * @param largestPartyShare the largest single party group's share before the deal
 * @param overlappingParties how many party groups hold a share in the market
 */
public record MarketConcentration(
    String market,
    String agreement,
    double preHhi,
    double postHhi,
    double deltaHhi,
    double combinedShare,
    double largestPartyShare,
    int overlappingParties) {

  public MarketConcentration {
    Require.id("market", market);
    Require.id("agreement", agreement);
    Require.nonNegative("preHhi", preHhi);
    Require.nonNegative("postHhi", postHhi);
    Require.nonNegative("deltaHhi", deltaHhi);
    Require.percent("combinedShare", combinedShare);
    Require.percent("largestPartyShare", largestPartyShare);
    Require.nonNegative("overlappingParties", overlappingParties);
  }
}
