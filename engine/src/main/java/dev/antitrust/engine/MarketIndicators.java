package dev.antitrust.engine;

import dev.antitrust.model.Market;
import java.util.List;
import java.util.Objects;

/**
 * One market of a case as the built-in indicator rules see it, for reports that draw it: each
 * group's share (its members' shares added up), the HHI before any deal, what each deal naming the
 * market does to it, and the jurisdictions whose rules its geography reaches.
 *
 * @param market the market as the case gives it, fringe included
 * @param groupShares every group holding a share, largest first, with the members that hold it
 * @param hhi the HHI before any deal; the fringe is not squared
 * @param deals each agreement that combines market positions in this market, in case order
 * @param jurisdictions the pack's jurisdictions that the market's geography reaches and the case
 *     reports on, sorted
 */
public record MarketIndicators(Market market, List<Share> groupShares, double hhi, List<Deal> deals,
    List<String> jurisdictions) {

  public MarketIndicators {
    Objects.requireNonNull(market, "market");
    groupShares = List.copyOf(groupShares);
    deals = List.copyOf(deals);
    jurisdictions = List.copyOf(jurisdictions);
  }

  /**
   * One group's share of the market.
   *
   * @param group the group's head: the company no other company in the case controls
   * @param members the group's companies that hold a share, in the case's order
   * @param share the members' shares added up, capped at 100
   */
  public record Share(String group, List<String> members, double share) {

    public Share {
      Objects.requireNonNull(group, "group");
      members = List.copyOf(members);
    }
  }

  /**
   * What one deal does to the market's concentration.
   *
   * @param agreement the agreement's id
   * @param partyGroups the groups of the parties that hold a share, which the deal makes one firm
   * @param preHhi the HHI before the deal
   * @param postHhi the HHI after it
   * @param deltaHhi {@code postHhi - preHhi}
   * @param combinedShare the party groups' shares added up, capped at 100
   */
  public record Deal(String agreement, List<String> partyGroups, double preHhi, double postHhi, double deltaHhi,
      double combinedShare) {

    public Deal {
      Objects.requireNonNull(agreement, "agreement");
      partyGroups = List.copyOf(partyGroups);
    }
  }
}
