package dev.antitrust.model;

/** Indicator: the share of a market held by all members of one group together, in percent. */
public record GroupShare(String market, String group, double share) {

  public GroupShare {
    Require.id("market", market);
    Require.id("group", group);
    Require.percent("share", share);
  }
}
