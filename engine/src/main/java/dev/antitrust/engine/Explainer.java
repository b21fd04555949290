package dev.antitrust.engine;

import dev.antitrust.engine.CaseIndicators.Deal;
import dev.antitrust.engine.CaseIndicators.Foreclosure;
import dev.antitrust.engine.CaseIndicators.GroupShare;
import dev.antitrust.engine.CaseIndicators.Term;
import dev.antitrust.model.Agreement;
import dev.antitrust.model.Company;
import dev.antitrust.model.Concern;
import dev.antitrust.model.Explanation;
import dev.antitrust.model.Explanation.Derivation;
import dev.antitrust.model.Explanation.Fact;
import dev.antitrust.model.HardwareAsset;
import dev.antitrust.model.Market;
import dev.antitrust.model.Person;
import dev.antitrust.model.Pipeline;
import dev.antitrust.model.Threshold;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Explains a concern after the session, from the case itself: the rows of the thresholds table it
 * names, its subjects with the fields rules read, and the indicators behind it with their arithmetic.
 * Working from the case rather than from the session keeps Drools out of the result and costs
 * nothing when no explanation is asked for.
 */
final class Explainer {
  private final CaseIndicators indicators;
  private final Map<String, Threshold> inForce;

  Explainer(CaseIndicators indicators, Map<String, Threshold> inForce) {
    this.indicators = indicators;
    this.inForce = inForce;
  }

  Explanation explain(Concern concern) {
    List<Threshold> thresholds = concern.thresholds().keySet().stream()
        .map(inForce::get).filter(t -> t != null).toList();
    List<Fact> facts = new ArrayList<>();
    concern.subjects().forEach(id -> fact(id).ifPresent(facts::add));
    return new Explanation(thresholds, facts, derivations(concern));
  }

  private List<Derivation> derivations(Concern concern) {
    List<Derivation> out = new ArrayList<>();
    List<Market> markets = new ArrayList<>();
    List<Agreement> agreements = new ArrayList<>();
    Set<String> groups = new LinkedHashSet<>();
    for (String id : concern.subjects()) {
      indicators.market(id).ifPresent(markets::add);
      indicators.agreement(id).ifPresent(a -> {
        agreements.add(a);
        a.parties().forEach(p -> groups.add(indicators.groupOf(p)));
      });
      indicators.company(id).ifPresent(c -> groups.add(indicators.groupOf(c.id())));
    }
    for (Market m : markets) {
      List<Deal> deals = agreements.stream().map(a -> indicators.deal(a, m)).flatMap(Optional::stream).toList();
      if (!deals.isEmpty() || concern.evidence().keySet().stream().anyMatch(k -> k.endsWith("Hhi"))) {
        out.add(hhi(m));
      }
      deals.forEach(d -> out.addAll(deal(d)));
      if (deals.isEmpty()) {
        indicators.groupShares(m).stream().filter(s -> groups.contains(s.group())).map(this::groupShare)
            .forEach(out::add);
      }
    }
    Set<String> seen = new LinkedHashSet<>();
    for (String id : concern.subjects()) {
      indicators.pipeline(id).filter(Pipeline::exclusive)
          .flatMap(p -> indicators.foreclosure(indicators.groupOf(p.supplier()), p.input()))
          .filter(f -> seen.add(f.group() + "/" + f.input()))
          .ifPresent(f -> out.add(foreclosure(f)));
    }
    return out;
  }

  /** {@code HHI 1,736 = 40.0² + 10.0² + 6.0² (groups a, b, c); fringe 'others' 12.0% not squared}. */
  Derivation hhi(Market m) {
    List<GroupShare> shares = indicators.groupShares(m);
    double hhi = indicators.hhi(m);
    String text = shares.isEmpty()
        ? "HHI 0: no named firm holds a share"
        : "HHI " + whole(hhi) + " = " + shares.stream().map(s -> share(s.share()) + "²").collect(Collectors.joining(" + "))
            + " (" + (shares.size() == 1 ? "group " : "groups ") + groupList(shares) + ")";
    if (m.fringeShare() > 0) {
      text += "; fringe '" + Market.FRINGE + "' " + share(m.fringeShare()) + "% not squared";
    }
    return new Derivation("HHI", List.of(m.id()), hhi, text);
  }

  /** ΔHHI, post-merger HHI and combined share of one deal in one market. */
  List<Derivation> deal(Deal d) {
    List<String> subjects = List.of(d.agreement(), d.market());
    List<GroupShare> parties = d.parties();
    String delta;
    if (parties.size() == 1) {
      delta = "ΔHHI 0: only group " + parties.get(0).group() + " of the parties holds a share";
    } else if (parties.size() == 2) {
      delta = "ΔHHI " + whole(d.deltaHhi()) + " = 2 × " + share(parties.get(0).share()) + " × " + share(parties.get(1).share());
    } else {
      delta = "ΔHHI " + whole(d.deltaHhi()) + " = (" + terms(parties, " + ", "") + ")² − ("
          + terms(parties, " + ", "²") + ")";
    }
    String groups = " (" + (parties.size() == 1 ? "group " : "groups ") + groupList(parties) + ")";
    return List.of(
        new Derivation("ΔHHI", subjects, d.deltaHhi(), delta + groups),
        new Derivation("post-merger HHI", subjects, d.postHhi(),
            "post-merger HHI " + whole(d.postHhi()) + " = " + whole(d.preHhi()) + " + " + whole(d.deltaHhi())),
        new Derivation("combined share", subjects, d.combinedShare(),
            "combined share " + share(d.combinedShare()) + "% = " + terms(parties, " + ", "") + groups
                + (d.combinedShare() >= 100 ? ", capped at 100" : "")));
  }

  /** {@code share of group spacex in m 7.0% = 7.0 (xai)}. */
  Derivation groupShare(GroupShare s) {
    String parts = s.terms().stream().map(t -> share(t.share()) + " (" + t.company() + ")")
        .collect(Collectors.joining(" + "));
    return new Derivation("group share", List.of(s.group(), s.market()), s.share(),
        "share of group " + s.group() + " in " + s.market() + " " + share(s.share()) + "% = " + parts
            + (s.terms().stream().mapToDouble(Term::share).sum() > 100 ? ", capped at 100" : ""));
  }

  /** {@code foreclosed compute 40.0% = 25.0 (p1) + 15.0 (p2)}. */
  Derivation foreclosure(Foreclosure f) {
    String parts = f.pipelines().stream().map(p -> share(p.marketForeclosed()) + " (" + p.id() + ")")
        .collect(Collectors.joining(" + "));
    double sum = f.pipelines().stream().mapToDouble(Pipeline::marketForeclosed).sum();
    return new Derivation("foreclosed share", List.of(f.group(), f.input().wireName()), f.share(),
        "foreclosed share of " + f.input().wireName() + " by group " + f.group() + " "
            + share(f.share()) + "% = " + parts + (sum > 100 ? ", capped at 100" : ""));
  }

  private Optional<Fact> fact(String id) {
    Optional<Fact> company = indicators.company(id).map(this::company);
    if (company.isPresent()) {
      return company;
    }
    Optional<Fact> market = indicators.market(id).map(m -> new Fact(m.id(), "market", fields(
        "name", m.name(), "geography", m.geography(), "shares", shares(m.shares()),
        "input", m.input() == null ? null : m.input().wireName())));
    if (market.isPresent()) {
      return market;
    }
    Optional<Fact> agreement = indicators.agreement(id).map(a -> new Fact(a.id(), "agreement", fields(
        "kind", a.kind().wireName(), "parties", String.join(", ", a.parties()), "markets", String.join(", ", a.markets()),
        "value", a.value() == null ? null : number(a.value()) + " " + indicators.theCase().currency(),
        "equityStake", a.equityStake() > 0 ? share(a.equityStake()) + "%" : null,
        "informationAccess", a.informationAccess().isEmpty() ? null : a.informationAccessText())));
    if (agreement.isPresent()) {
      return agreement;
    }
    Optional<Fact> pipeline = indicators.pipeline(id).map(p -> new Fact(p.id(), "pipeline", fields(
        "supplier", p.supplier(), "customer", p.customer(), "input", p.input().wireName(),
        "exclusive", Boolean.toString(p.exclusive()), "marketForeclosed", share(p.marketForeclosed()) + "%",
        "shareOfSupplierCapacity", share(p.shareOfSupplierCapacity()) + "%",
        "durationMonths", p.durationMonths() == null ? null : p.durationMonths().toString())));
    if (pipeline.isPresent()) {
      return pipeline;
    }
    Optional<Fact> hardware = indicators.theCase().hardware().stream().filter(h -> h.id().equals(id)).findFirst()
        .map(this::hardware);
    if (hardware.isPresent()) {
      return hardware;
    }
    return indicators.theCase().people().stream().filter(p -> p.id().equals(id)).findFirst().map(this::person);
  }

  private Fact company(Company c) {
    String group = indicators.groupOf(c.id());
    return new Fact(c.id(), "company", fields("name", c.name(), "parent", c.parent(),
        "group", group.equals(c.id()) ? null : group, "hq", c.hq()));
  }

  private Fact hardware(HardwareAsset h) {
    return new Fact(h.id(), "hardware", fields("owner", h.owner(), "kind", h.kind().wireName(),
        "units", number(h.units()), "chip", h.chip(), "tppPerUnit", h.tppPerUnit() == null ? null : number(h.tppPerUnit()),
        "locations", String.join(", ", h.locations())));
  }

  private Fact person(Person p) {
    return new Fact(p.id(), "person", fields("name", p.name(), "roles", p.roles().stream()
        .map(r -> r.role().wireName() + " at " + r.company()).collect(Collectors.joining(", "))));
  }

  /** Name-value pairs in order, leaving out the values that are null or blank. */
  private static Map<String, String> fields(String... pairs) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      if (pairs[i + 1] != null && !pairs[i + 1].isBlank()) {
        fields.put(pairs[i], pairs[i + 1]);
      }
    }
    return fields;
  }

  private static String shares(Map<String, Double> shares) {
    return shares.entrySet().stream().map(e -> e.getKey() + " " + share(e.getValue()))
        .collect(Collectors.joining(", "));
  }

  private static String terms(List<GroupShare> shares, String joiner, String suffix) {
    return shares.stream().map(s -> share(s.share()) + suffix).collect(Collectors.joining(joiner));
  }

  private static String groupList(List<GroupShare> shares) {
    return shares.stream().map(GroupShare::group).collect(Collectors.joining(", "));
  }

  /** A share in percent with one decimal: {@code 40.0}. */
  static String share(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  /** A whole figure with grouping: {@code 1,736}. */
  static String whole(double value) {
    return String.format(Locale.ROOT, "%,.0f", value);
  }

  /** An amount: whole with grouping, or with the decimals it has. */
  static String number(double value) {
    // Within rounding of a whole number counts as whole: EUR 100 at 1.1 is 110.00000000000001 USD.
    boolean whole = Math.abs(value - Math.rint(value)) <= 1e-9 * Math.max(1, Math.abs(value));
    return whole && Math.abs(value) < 1e15
        ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%,.4g", value);
  }
}
