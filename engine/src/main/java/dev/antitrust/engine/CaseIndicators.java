package dev.antitrust.engine;

import dev.antitrust.model.Agreement;
import dev.antitrust.model.Case;
import dev.antitrust.model.Company;
import dev.antitrust.model.InputKind;
import dev.antitrust.model.ListMember;
import dev.antitrust.model.Market;
import dev.antitrust.model.Pipeline;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The indicators of a case computed again in plain Java, with the terms that make them up, so an
 * explanation can show the arithmetic and a "why not" can show how far a rule was from firing.
 *
 * <p>This mirrors the built-in indicator rules and must stay in step with them: {@code
 * indicators/groups.drl} (a company belongs to the group of its topmost parent), {@code
 * indicators/market-structure.drl} (group shares, HHI, post-deal HHI, ΔHHI, combined share),
 * {@code indicators/relations.drl} (foreclosure share) and {@code indicators/market-reach.drl}.
 * {@code CaseIndicatorsTest} checks its figures against the evidence the rules produce, so the two
 * cannot drift apart unnoticed. A user's rule folder may replace those files; the explanation then
 * still shows the built-in definitions, which is why the evidence figures are shown beside it.
 */
final class CaseIndicators {

  /** One member's share that counts toward a group's share of a market. */
  record Term(String company, double share) {}

  /** A group's share of a market: the members' shares added up, capped at 100. */
  record GroupShare(String market, String group, double share, List<Term> terms) {}

  /** What a deal that combines market positions does to one market's concentration. */
  record Deal(String agreement, String market, double preHhi, double postHhi, double deltaHhi,
      double combinedShare, double largestPartyShare, List<GroupShare> parties) {}

  /** The share of an input market a group ties up through its exclusive pipelines, capped at 100. */
  record Foreclosure(String group, InputKind input, double share, List<Pipeline> pipelines) {}

  private final Case theCase;
  private final Map<String, String> groupOf = new LinkedHashMap<>();
  private final Set<String> jurisdictions = new TreeSet<>();
  private final Set<String> memberStates = new TreeSet<>();

  CaseIndicators(Case theCase, List<ListMember> lists) {
    this.theCase = theCase;
    Map<String, String> parentOf = new LinkedHashMap<>();
    theCase.companies().forEach(c -> parentOf.put(c.id(), c.parent()));
    for (Company c : theCase.companies()) {
      String head = c.id();
      // The case reader refuses loops of parents, so this ends; the guard keeps a bad case finite.
      for (int hops = 0; parentOf.get(head) != null && hops <= parentOf.size(); hops++) {
        head = parentOf.get(head);
      }
      groupOf.put(c.id(), head);
    }
    for (ListMember m : lists) {
      if (m.list().equals("pack.jurisdictions")) {
        jurisdictions.add(m.member());
      } else if (m.list().equals("eu.member-states")) {
        memberStates.add(m.member().toUpperCase(Locale.ROOT));
      }
    }
  }

  Case theCase() {
    return theCase;
  }

  /** The head of the company's group; the company itself when nobody controls it. */
  String groupOf(String company) {
    return groupOf.getOrDefault(company, company);
  }

  /** The company, or empty when the case has none by that id. */
  Optional<Company> company(String id) {
    return theCase.companies().stream().filter(c -> c.id().equals(id)).findFirst();
  }

  Optional<Market> market(String id) {
    return theCase.markets().stream().filter(m -> m.id().equals(id)).findFirst();
  }

  Optional<Agreement> agreement(String id) {
    return theCase.agreements().stream().filter(a -> a.id().equals(id)).findFirst();
  }

  Optional<Pipeline> pipeline(String id) {
    return theCase.pipelines().stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** Every group holding more than 0% of the market, largest first, then by group id. */
  List<GroupShare> groupShares(Market market) {
    Map<String, List<Term>> terms = new LinkedHashMap<>();
    market.shares().forEach((company, share) -> {
      if (!Market.FRINGE.equals(company)) {
        terms.computeIfAbsent(groupOf(company), g -> new ArrayList<>()).add(new Term(company, share));
      }
    });
    List<GroupShare> shares = new ArrayList<>();
    terms.forEach((group, parts) -> {
      double total = parts.stream().mapToDouble(Term::share).sum();
      if (total > 0) {
        shares.add(new GroupShare(market.id(), group, Math.min(100.0, total), List.copyOf(parts)));
      }
    });
    shares.sort(Comparator.comparingDouble(GroupShare::share).reversed().thenComparing(GroupShare::group));
    return shares;
  }

  /** The group's share of the market, 0 when it holds none. */
  double groupShare(Market market, String group) {
    return groupShares(market).stream().filter(s -> s.group().equals(group)).mapToDouble(GroupShare::share)
        .findFirst().orElse(0);
  }

  /** The HHI before any deal: the sum of squared group shares; the fringe is not squared. */
  double hhi(Market market) {
    return groupShares(market).stream().mapToDouble(s -> s.share() * s.share()).sum();
  }

  /**
   * The deal's effect on the market, or empty when the deal does not combine market positions, does
   * not name the market, or no party's group holds a share of it.
   */
  Optional<Deal> deal(Agreement agreement, Market market) {
    if (!agreement.kind().combinesMarketShares() || !agreement.markets().contains(market.id())) {
      return Optional.empty();
    }
    Set<String> partyGroups = new LinkedHashSet<>();
    agreement.parties().forEach(p -> partyGroups.add(groupOf(p)));
    List<GroupShare> parties = groupShares(market).stream().filter(s -> partyGroups.contains(s.group())).toList();
    if (parties.isEmpty()) {
      return Optional.empty();
    }
    double sum = parties.stream().mapToDouble(GroupShare::share).sum();
    double sumOfSquares = parties.stream().mapToDouble(s -> s.share() * s.share()).sum();
    double largest = parties.stream().mapToDouble(GroupShare::share).max().orElse(0);
    double pre = hhi(market);
    double delta = sum * sum - sumOfSquares;
    return Optional.of(new Deal(agreement.id(), market.id(), pre, pre + delta, delta, Math.min(100.0, sum), largest,
        parties));
  }

  /** Every deal effect in the case, in the order of the agreements and then of their markets. */
  List<Deal> deals() {
    List<Deal> deals = new ArrayList<>();
    for (Agreement a : theCase.agreements()) {
      for (String m : a.markets()) {
        market(m).flatMap(market -> deal(a, market)).ifPresent(deals::add);
      }
    }
    return deals;
  }

  /** Every group's foreclosure of each input it supplies exclusively, by group and input. */
  List<Foreclosure> foreclosures() {
    Map<String, Map<InputKind, List<Pipeline>>> byGroup = new LinkedHashMap<>();
    for (Pipeline p : theCase.pipelines()) {
      if (p.exclusive()) {
        byGroup.computeIfAbsent(groupOf(p.supplier()), g -> new LinkedHashMap<>())
            .computeIfAbsent(p.input(), i -> new ArrayList<>()).add(p);
      }
    }
    List<Foreclosure> all = new ArrayList<>();
    byGroup.forEach((group, byInput) -> byInput.forEach((input, pipes) -> {
      List<Pipeline> sorted = pipes.stream().sorted(Comparator.comparing(Pipeline::id)).toList();
      double sum = sorted.stream().mapToDouble(Pipeline::marketForeclosed).sum();
      all.add(new Foreclosure(group, input, Math.min(100.0, sum), sorted));
    }));
    return all;
  }

  /** The foreclosure by this group of this input, if it has exclusive pipelines of it. */
  Optional<Foreclosure> foreclosure(String group, InputKind input) {
    return foreclosures().stream().filter(f -> f.group().equals(group) && f.input() == input).findFirst();
  }

  /**
   * The market with its group shares, HHI and deal effects, and the pack's jurisdictions it reaches
   * that the case reports on.
   */
  MarketIndicators marketIndicators(Market market) {
    List<MarketIndicators.Deal> effects = new ArrayList<>();
    for (Agreement a : theCase.agreements()) {
      deal(a, market).ifPresent(d -> effects.add(new MarketIndicators.Deal(d.agreement(),
          d.parties().stream().map(GroupShare::group).toList(), d.preHhi(), d.postHhi(), d.deltaHhi(),
          d.combinedShare())));
    }
    List<MarketIndicators.Share> shares = groupShares(market).stream()
        .map(s -> new MarketIndicators.Share(s.group(), s.terms().stream().map(Term::company).toList(), s.share()))
        .toList();
    List<String> reached = jurisdictions.stream().filter(j -> theCase.covers(j) && reaches(market, j)).toList();
    return new MarketIndicators(market, shares, hhi(market), effects, reached);
  }

  /** True when the market's geography brings it within reach of the jurisdiction's rules. */
  boolean reaches(Market market, String jurisdiction) {
    String g = market.geography();
    if (g.equalsIgnoreCase("worldwide") || g.equalsIgnoreCase("global")) {
      return jurisdictions.contains(jurisdiction);
    }
    if (g.equalsIgnoreCase(jurisdiction) && jurisdictions.stream().anyMatch(j -> j.equalsIgnoreCase(g))) {
      return true;
    }
    return jurisdiction.equals("EU")
        && (g.equalsIgnoreCase("EEA") || memberStates.contains(g.toUpperCase(Locale.ROOT)));
  }
}
