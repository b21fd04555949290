package dev.antitrust.engine;

import dev.antitrust.engine.CaseIndicators.Deal;
import dev.antitrust.engine.CaseIndicators.Foreclosure;
import dev.antitrust.engine.CaseIndicators.GroupShare;
import dev.antitrust.model.Agreement;
import dev.antitrust.model.Market;
import dev.antitrust.model.Pipeline;
import dev.antitrust.model.Threshold;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Finds how close a concern rule that did not fire came to firing: for each thing the rule could
 * have been about (a deal in a market, a group's share, a group's foreclosure), the rule's
 * conditions are checked against the case's indicators, and the candidate with the fewest and
 * smallest failures is the nearest miss.
 *
 * <p>The conditions below restate those of the built-in rules named in {@link RuleChecks}; any other
 * rule is answered by {@link ConditionReport} from its own source. The restatement can drift from a
 * rule a user edits, so a rule from a user's folder is flagged.
 */
final class NearestMiss {

  /** A comparison a rule makes, written as the rule writes it: figure, operator, threshold. */
  enum Op {
    GT(">", "≤"), GE("≥", "<"), LT("<", "≥"), LE("≤", ">");

    final String holds;
    final String fails;

    Op(String holds, String fails) {
      this.holds = holds;
      this.fails = fails;
    }

    boolean test(double value, double bar) {
      return switch (this) {
        case GT -> value > bar;
        case GE -> value >= bar;
        case LT -> value < bar;
        case LE -> value <= bar;
      };
    }
  }

  /** One condition of a rule applied to one candidate. */
  record Check(String figure, double value, Op op, Threshold threshold) {
    boolean passed() {
      return op.test(value, threshold.value());
    }

    /** How far from passing, relative to the threshold: 0 when it passes. */
    double shortfall() {
      return passed() ? 0 : Math.abs(value - threshold.value()) / Math.max(Math.abs(threshold.value()), 1e-9);
    }

    String text() {
      String base = figure + " " + format(value, threshold.unit(), false) + " " + (passed() ? op.holds : op.fails)
          + " " + format(threshold.value(), threshold.unit(), true) + " (" + threshold.key() + ")";
      return passed() ? base : base + ", a gap of " + gap(Math.abs(value - threshold.value()), threshold.unit());
    }
  }

  /** What the rule could have been about, its checks, and conditions without a threshold that fail. */
  record Candidate(String where, List<Check> checks, List<String> blockers) {
    long failures() {
      return blockers.size() + checks.stream().filter(c -> !c.passed()).count();
    }

    double shortfall() {
      return checks.stream().mapToDouble(Check::shortfall).sum();
    }

    String text() {
      List<String> failed = new ArrayList<>(blockers);
      checks.stream().filter(c -> !c.passed()).map(Check::text).forEach(failed::add);
      String passed = checks.stream().filter(Check::passed).map(Check::text).collect(Collectors.joining(", "));
      return where + ", " + String.join("; ", failed) + (passed.isEmpty() ? "" : "; " + passed + " passed");
    }
  }

  private static final Comparator<Candidate> NEAREST = Comparator.comparingLong(Candidate::failures)
      .thenComparingDouble(Candidate::shortfall).thenComparing(Candidate::where);

  private final RuleInfo rule;
  private final String source;
  private final CaseIndicators indicators;
  private final Map<String, Threshold> inForce;

  /** {@code source} is the rule's DRL as written, or null when it is not known. */
  NearestMiss(RuleInfo rule, String source, CaseIndicators indicators, Map<String, Threshold> inForce) {
    this.rule = rule;
    this.source = source;
    this.indicators = indicators;
    this.inForce = inForce;
  }

  WhyNot explain() {
    String id = rule.id();
    if (!indicators.theCase().covers(rule.jurisdiction())) {
      return answer(id + " did not fire: the case reports on " + String.join(", ", indicators.theCase().jurisdictions())
          + " only, not " + rule.jurisdiction(), List.of());
    }
    Optional<RuleChecks> checks = RuleChecks.of(id);
    if (checks.isEmpty()) {
      // Read from the rule's own source, so a rule from the user's folder needs no note.
      return new ConditionReport(rule, indicators.theCase(), inForce).explain(source)
          .map(a -> new WhyNot(id, List.of(), a.summary(), a.details()))
          .orElseGet(() -> answer(id + " did not fire; --why-not does not analyse this rule's conditions"
              + (rule.thresholdKeys().isEmpty() ? ", and it reads no threshold"
                  : ". The thresholds it reads, as in force on " + indicators.theCase().asOf() + ":"), thresholdLines()));
    }
    List<String> missing = checks.get().requiredKeys().stream().filter(k -> !inForce.containsKey(k)).toList();
    if (!missing.isEmpty()) {
      return answer(id + " did not fire: no row of " + missing.stream().map(k -> "'" + k + "'").collect(Collectors.joining(", "))
          + " is in force on " + indicators.theCase().asOf(), List.of());
    }
    List<Candidate> candidates = checks.get().candidates(this);
    if (candidates.isEmpty()) {
      return answer(id + " did not fire: " + checks.get().nothingToTest(), List.of());
    }
    candidates.sort(NEAREST);
    Candidate nearest = candidates.get(0);
    String summary = nearest.failures() == 0
        ? id + " did not fire, yet " + nearest.where() + " every condition analysed holds: "
            + nearest.checks().stream().map(Check::text).collect(Collectors.joining(", "))
            + "; the rule file may differ from the built-in rule"
        : id + " did not fire: " + nearest.text();
    List<String> details = new ArrayList<>();
    candidates.subList(1, candidates.size()).forEach(c -> details.add(c.text()));
    return answer(summary, details);
  }

  private WhyNot answer(String summary, List<String> details) {
    List<String> all = new ArrayList<>(details);
    if (!rule.file().startsWith("builtin:")) {
      all.add("note: " + rule.id() + " comes from " + rule.file() + "; the analysis follows the built-in rule's conditions");
    }
    return new WhyNot(rule.id(), List.of(), summary, all);
  }

  private List<String> thresholdLines() {
    return rule.thresholdKeys().stream().map(k -> Optional.ofNullable(inForce.get(k)).map(NearestMiss::describe)
        .orElse(k + ": no row in force")).toList();
  }

  /** {@code us.mg2023.delta-hhi = 100 hhi (US, 2023-12-18 to open, DOJ/FTC ...)}. */
  static String describe(Threshold t) {
    return t.key() + " = " + Explainer.number(t.value()) + " "
        + t.unit() + " (" + t.jurisdiction() + ", " + validity(t) + ", " + t.source() + ")";
  }

  /** {@code from 2023-12-18}, {@code 2010-08-19 to 2023-12-17}, {@code always}. */
  static String validity(Threshold t) {
    if (t.validFrom() == null && t.validTo() == null) {
      return "always in force";
    }
    if (t.validTo() == null) {
      return "in force from " + t.validFrom();
    }
    return "in force " + (t.validFrom() == null ? "until " : t.validFrom() + " to ") + t.validTo();
  }

  // Candidates, one family of rules each; the rule ids that use each are in RuleChecks.

  List<Candidate> deals(Function<Deal, List<Check>> checks, String jurisdiction, int minGroups) {
    List<Candidate> out = new ArrayList<>();
    for (Deal d : indicators.deals()) {
      Market m = indicators.market(d.market()).orElseThrow();
      Agreement a = indicators.agreement(d.agreement()).orElseThrow();
      List<String> blockers = new ArrayList<>(reach(m, jurisdiction));
      Set<String> groups = new LinkedHashSet<>();
      a.parties().forEach(p -> groups.add(indicators.groupOf(p)));
      if (minGroups > 0 && groups.size() < 2) {
        blockers.add("the parties of " + a.id() + " belong to one group");
      } else if (minGroups > 1 && d.parties().size() < minGroups) {
        blockers.add("only " + d.parties().get(0).group() + " of the parties' groups holds a share of " + m.id());
      }
      out.add(new Candidate("in market " + m.id() + " (deal " + a.id() + ")", checks.apply(d), blockers));
    }
    return out;
  }

  List<Candidate> partyShares(Function<Double, List<Check>> checks, String jurisdiction) {
    Set<String> partyGroups = new LinkedHashSet<>();
    indicators.theCase().agreements().forEach(a -> a.parties().forEach(p -> partyGroups.add(indicators.groupOf(p))));
    List<Candidate> out = new ArrayList<>();
    for (Market m : indicators.theCase().markets()) {
      for (GroupShare s : indicators.groupShares(m)) {
        if (partyGroups.contains(s.group())) {
          out.add(new Candidate("for group " + s.group() + " in market " + m.id(), checks.apply(s.share()),
              reach(m, jurisdiction)));
        }
      }
    }
    return out;
  }

  List<Candidate> exclusiveShares(Function<Double, List<Check>> checks, String jurisdiction) {
    List<Candidate> out = new ArrayList<>();
    for (Pipeline p : indicators.theCase().pipelines()) {
      String gs = indicators.groupOf(p.supplier());
      String gc = indicators.groupOf(p.customer());
      if (!p.exclusive() || gs.equals(gc)) {
        continue;
      }
      Optional<Agreement> a = Optional.ofNullable(p.agreement()).flatMap(indicators::agreement);
      for (Market m : indicators.theCase().markets()) {
        boolean touched = a.map(x -> x.markets().contains(m.id())).orElse(false) || m.id().equals(p.inputMarket())
            || (p.inputMarket() == null && m.input() == p.input());
        for (GroupShare s : indicators.groupShares(m)) {
          if (touched && (s.group().equals(gs) || s.group().equals(gc))) {
            out.add(new Candidate("for group " + s.group() + " in market " + m.id() + " (pipeline " + p.id() + ")",
                checks.apply(s.share()), reach(m, jurisdiction)));
          }
        }
      }
    }
    return out;
  }

  List<Candidate> foreclosures(Function<Foreclosure, List<Check>> checks) {
    return indicators.foreclosures().stream().map(f -> new Candidate(
        "for group " + f.group() + "'s exclusive " + f.input().wireName() + " pipelines", checks.apply(f), List.of()))
        .collect(Collectors.toCollection(ArrayList::new));
  }

  /** The monopolist's foreclosure: the foreclosure and the group's share of a market for that input. */
  List<Candidate> monopolistForeclosures(BiFunction<Foreclosure, Double, List<Check>> checks) {
    List<Candidate> out = new ArrayList<>();
    for (Foreclosure f : indicators.foreclosures()) {
      List<Market> markets = indicators.theCase().markets().stream().filter(m -> m.input() == f.input()).toList();
      String where = "for group " + f.group() + "'s exclusive " + f.input().wireName() + " pipelines";
      if (markets.isEmpty()) {
        out.add(new Candidate(where, checks.apply(f, 0.0).subList(0, 2),
            List.of("no market in the case supplies " + f.input().wireName() + " (input: " + f.input().wireName()
                + "), so no monopoly share can be read")));
      }
      markets.forEach(m -> out.add(new Candidate(where + " in market " + m.id(),
          checks.apply(f, indicators.groupShare(m, f.group())), List.of())));
    }
    return out;
  }

  Threshold t(String key) {
    return inForce.get(key);
  }

  boolean inForce(String key) {
    return inForce.containsKey(key);
  }

  private List<String> reach(Market m, String jurisdiction) {
    return indicators.reaches(m, jurisdiction) ? List.of()
        : List.of("market " + m.id() + " (geography " + m.geography() + ") is outside the reach of " + jurisdiction
            + " rules");
  }

  static String format(double value, String unit, boolean bar) {
    if (unit.equals("percent")) {
      return (bar && value == Math.rint(value) ? Explainer.whole(value) : Explainer.share(value)) + "%";
    }
    return unit.equals("hhi") ? Explainer.whole(value) : Explainer.number(value) + " " + unit;
  }

  static String gap(double gap, String unit) {
    return unit.equals("percent") ? String.format(Locale.ROOT, "%.1f points", gap) : format(gap, unit, false);
  }
}
