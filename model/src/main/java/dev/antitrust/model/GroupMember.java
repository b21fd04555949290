package dev.antitrust.model;

/**
 * Indicator: {@code company} belongs to the group headed by {@code group}. A company that nobody
 * controls heads its own group and is its own member. Shares are counted per group, since firms
 * under common control do not compete with each other.
 */
public record GroupMember(String group, String company) {

  public GroupMember {
    Require.id("group", group);
    Require.id("company", company);
  }
}
