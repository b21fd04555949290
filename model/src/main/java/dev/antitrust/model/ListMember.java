package dev.antitrust.model;

/**
 * One member of a named list of the rule pack's {@code lists.csv}, in force on the case's date: a
 * country in an export-control country group, a sector the UK NSIA treats as sensitive, a Member
 * State of the EU. Rules match it like a threshold: {@code ListMember(list ==
 * "ear.country-group.d5", member == $country)}.
 */
public record ListMember(String list, String member) {

  public ListMember {
    Require.id("list", list);
    Require.text("member", member);
  }
}
