package dev.antitrust.bench;

import dev.antitrust.model.Agreement;
import dev.antitrust.model.Case;
import dev.antitrust.model.Company;
import dev.antitrust.model.Foreclosure;
import dev.antitrust.model.HardwareAsset;
import dev.antitrust.model.HardwareKind;
import dev.antitrust.model.InputKind;
import dev.antitrust.model.Market;
import dev.antitrust.model.MarketConcentration;
import dev.antitrust.model.Pipeline;
import dev.antitrust.model.Rivalry;
import dev.antitrust.model.Threshold;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The indicators of one case, computed in plain Java the way the subset's indicator rules derive
 * them ({@code indicators/groups.drl}, {@code market-structure.drl}, {@code relations.drl}, {@code
 * market-reach.drl} and the export classes of {@code national-security.drl}).
 */
final class CaseFacts {
  static final String ECCN_3A090A = "3A090.a";
  static final String ECCN_3A090B = "3A090.b";

  final Case theCase;
  final Map<String, Threshold> thresholds;
  final Map<String, Set<String>> lists;
  final Map<String, Company> companies = new HashMap<>();
  final Map<String, Market> markets = new LinkedHashMap<>();
  final Map<String, Agreement> agreements = new HashMap<>();
  final Map<String, HardwareAsset> hardware = new LinkedHashMap<>();
  /** The group head of each company: its top ancestor, or itself. */
  final Map<String, String> groupOf = new HashMap<>();
  /** Groups with a share above zero, by market then group head. */
  final Map<String, Map<String, Double>> groupShares = new LinkedHashMap<>();
  /** The jurisdictions whose rules reach each market. */
  final Map<String, Set<String>> reach = new HashMap<>();
  final List<MarketConcentration> concentrations = new ArrayList<>();
  final List<Rivalry> rivalries = new ArrayList<>();
  final List<Foreclosure> foreclosures = new ArrayList<>();
  /** The 3A090 class of each hardware asset that has one. */
  final Map<String, String> chipClass = new LinkedHashMap<>();
  /** Groups of which a member is party to an agreement of the case. */
  final Set<String> groupsInAgreements = new HashSet<>();

  CaseFacts(Case theCase, Map<String, Threshold> thresholds, Map<String, Set<String>> lists) {
    this.theCase = theCase;
    this.thresholds = thresholds;
    this.lists = lists;
    theCase.companies().forEach(c -> companies.put(c.id(), c));
    theCase.markets().forEach(m -> markets.put(m.id(), m));
    theCase.agreements().forEach(a -> agreements.put(a.id(), a));
    theCase.hardware().forEach(h -> hardware.put(h.id(), h));
    for (Company c : theCase.companies()) {
      groupOf.put(c.id(), topOf(c));
    }
    for (Agreement a : theCase.agreements()) {
      for (String party : a.parties()) {
        String g = groupOf.get(party);
        if (g != null) {
          groupsInAgreements.add(g);
        }
      }
    }
    for (Market m : theCase.markets()) {
      groupShares.put(m.id(), groupSharesOf(m));
      reach.put(m.id(), reachOf(m));
    }
    theCase.agreements().forEach(this::addConcentrations);
    theCase.agreements().forEach(this::addRivalries);
    addForeclosures();
    theCase.hardware().forEach(this::classify);
  }

  Threshold threshold(String key) {
    return thresholds.get(key);
  }

  boolean reaches(String market, String jurisdiction) {
    return reach.getOrDefault(market, Set.of()).contains(jurisdiction);
  }

  /** The group's share of the market, or 0 when it holds none. */
  double groupShare(String market, String group) {
    return groupShares.getOrDefault(market, Map.of()).getOrDefault(group, 0.0);
  }

  Set<String> list(String name) {
    return lists.getOrDefault(name, Set.of());
  }

  private String topOf(Company c) {
    String top = c.id();
    String parent = c.parent();
    // Parents form no loop (the case reader checks); the bound only guards against a bad case.
    for (int i = 0; parent != null && i <= companies.size(); i++) {
      top = parent;
      Company p = companies.get(parent);
      parent = p == null ? null : p.parent();
    }
    return top;
  }

  private Map<String, Double> groupSharesOf(Market m) {
    Map<String, Double> totals = new LinkedHashMap<>();
    m.shares().forEach((company, share) -> {
      String g = groupOf.get(company);
      if (g != null && !Market.FRINGE.equals(company)) {
        totals.merge(g, share, Double::sum);
      }
    });
    Map<String, Double> shares = new LinkedHashMap<>();
    totals.forEach((g, total) -> {
      if (total > 0) {
        shares.put(g, Math.min(100.0, total));
      }
    });
    return shares;
  }

  private Set<String> reachOf(Market m) {
    Set<String> reached = new HashSet<>();
    String geography = m.geography();
    for (String j : list("pack.jurisdictions")) {
      if (geography.equalsIgnoreCase("worldwide") || geography.equalsIgnoreCase("global") || j.equalsIgnoreCase(geography)) {
        reached.add(j);
      }
    }
    if (geography.equalsIgnoreCase("EEA")) {
      reached.add("EU");
    }
    for (String state : list("eu.member-states")) {
      if (state.equalsIgnoreCase(geography)) {
        reached.add("EU");
      }
    }
    return reached;
  }

  private void addConcentrations(Agreement a) {
    if (!a.kind().combinesMarketShares()) {
      return;
    }
    Set<String> groups = new HashSet<>();
    for (String party : a.parties()) {
      String g = groupOf.get(party);
      if (g != null) {
        groups.add(g);
      }
    }
    for (Market m : markets.values()) {
      if (!a.markets().contains(m.id())) {
        continue;
      }
      Map<String, Double> shares = groupShares.get(m.id());
      double pre = 0;
      double sum = 0;
      double sumOfSquares = 0;
      double largest = 0;
      int overlapping = 0;
      for (Map.Entry<String, Double> e : shares.entrySet()) {
        double s = e.getValue();
        pre += s * s;
        if (groups.contains(e.getKey())) {
          sum += s;
          sumOfSquares += s * s;
          largest = Math.max(largest, s);
          overlapping++;
        }
      }
      if (overlapping > 0) {
        double delta = sum * sum - sumOfSquares;
        concentrations.add(new MarketConcentration(m.id(), a.id(), pre, pre + delta, delta, Math.min(100.0, sum),
            largest, overlapping));
      }
    }
  }

  private void addRivalries(Agreement a) {
    List<String> parties = a.parties();
    for (int i = 0; i < parties.size(); i++) {
      for (int j = i + 1; j < parties.size(); j++) {
        String gx = groupOf.get(parties.get(i));
        String gy = groupOf.get(parties.get(j));
        if (gx == null || gy == null || gx.equals(gy)) {
          continue;
        }
        for (Map.Entry<String, Map<String, Double>> m : groupShares.entrySet()) {
          Double sx = m.getValue().get(gx);
          Double sy = m.getValue().get(gy);
          if (sx != null && sy != null) {
            rivalries.add(new Rivalry(a.id(), m.getKey(), parties.get(i), parties.get(j), sx, sy));
          }
        }
      }
    }
  }

  private void addForeclosures() {
    Map<String, Map<InputKind, List<Pipeline>>> byGroup = new LinkedHashMap<>();
    for (Pipeline p : theCase.pipelines()) {
      String g = groupOf.get(p.supplier());
      if (p.exclusive() && g != null && companies.containsKey(g)) {
        byGroup.computeIfAbsent(g, k -> new EnumMap<>(InputKind.class))
            .computeIfAbsent(p.input(), k -> new ArrayList<>()).add(p);
      }
    }
    byGroup.forEach((g, byInput) -> byInput.forEach((input, pipelines) -> {
      double sum = 0;
      List<String> ids = new ArrayList<>();
      for (Pipeline p : pipelines) {
        sum += p.marketForeclosed();
        ids.add(p.id());
      }
      foreclosures.add(new Foreclosure(g, input, Math.min(100.0, sum), Collections.unmodifiableList(ids)));
    }));
  }

  private void classify(HardwareAsset h) {
    Threshold aTpp = threshold("us.ear.3a090a.tpp");
    Threshold aTppLow = threshold("us.ear.3a090a.tpp-with-density");
    Threshold aDensity = threshold("us.ear.3a090a.performance-density");
    Threshold bTpp = threshold("us.ear.3a090b.tpp");
    Threshold bDensity = threshold("us.ear.3a090b.performance-density");
    Threshold hiTpp = threshold("us.ear.3a090b.tpp-with-high-density");
    Threshold hiDensity = threshold("us.ear.3a090b.high-density");
    double tpp = h.tpp();
    double density = h.density();
    if (aTpp != null && aTppLow != null && aDensity != null
        && (tpp >= aTpp.value() || (tpp >= aTppLow.value() && density >= aDensity.value()))) {
      chipClass.put(h.id(), ECCN_3A090A);
    } else if (aTpp != null && aDensity != null && bTpp != null && bDensity != null && hiTpp != null
        && hiDensity != null && tpp < aTpp.value() && density < aDensity.value()
        && ((tpp >= bTpp.value() && density >= bDensity.value()) || (tpp >= hiTpp.value() && density >= hiDensity.value()))) {
      chipClass.put(h.id(), ECCN_3A090B);
    }
  }

  /** True when the asset is a 4A090 computer: a cluster or data centre of 3A090 chips. */
  boolean is4A090(HardwareAsset h) {
    return (h.kind() == HardwareKind.GPU_CLUSTER || h.kind() == HardwareKind.DATACENTER) && chipClass.containsKey(h.id());
  }
}
