package dev.antitrust.engine;

import dev.antitrust.model.Agreement;
import dev.antitrust.model.Case;
import dev.antitrust.model.Company;
import dev.antitrust.model.HardwareAsset;
import dev.antitrust.model.Market;
import dev.antitrust.model.MarketShare;
import dev.antitrust.model.Person;
import dev.antitrust.model.Pipeline;
import dev.antitrust.model.Position;
import dev.antitrust.model.Threshold;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * What can truly be said about a rule that did not fire when {@link NearestMiss} has no restatement
 * of its conditions: the rule's own conditions, read from its source, each with what the case holds
 * for it — the threshold in force, how many facts of that kind the case has, and, where a condition
 * compares a figure of a case fact with a threshold or a number, which facts pass and which fail.
 *
 * <p>A condition on a case fact can fail for every fact of its kind, or the kind can be missing from
 * the case: either is a certain reason the rule did not fire, and becomes the answer. Otherwise the
 * answer says that the conditions did not all hold, without claiming which. Facts the indicator
 * rules derive (group shares, concentration, rivalry...) exist only inside a rule session, so they
 * are named, not counted.
 */
final class ConditionReport {

  /** The answer's sentence and its further lines. */
  record Answer(String summary, List<String> details) {}

  /** A case fact kind, its name in sentences, and how the facts of one case are listed. */
  private record Kind(Class<?> type, String singular, String plural, String section, Function<Case, List<?>> facts) {}

  private static final List<Kind> CASE_FACTS = List.of(
      new Kind(Company.class, "company", "companies", "companies:", Case::companies),
      new Kind(Market.class, "market", "markets", "markets:", Case::markets),
      new Kind(MarketShare.class, "market share", "market shares", "markets: shares", c -> ofType(c, MarketShare.class)),
      new Kind(Agreement.class, "agreement", "agreements", "agreements:", Case::agreements),
      new Kind(Pipeline.class, "pipeline", "pipelines", "pipelines:", Case::pipelines),
      new Kind(HardwareAsset.class, "hardware asset", "hardware assets", "hardware:", Case::hardware),
      new Kind(Person.class, "person", "people", "people:", Case::people),
      new Kind(Position.class, "position", "positions", "people: roles", c -> ofType(c, Position.class)));

  /** A whole constraint that compares a figure: {@code valueOrZero > $cap.value} or {@code units >= 1000}. */
  private static final Pattern COMPARISON = Pattern.compile(
      "\\s*([A-Za-z_]\\w*)\\s*(>=|<=|>|<)\\s*(?:(\\$\\w+)\\.value(?:\\(\\))?|(-?\\d+(?:\\.\\d+)?))\\s*");
  private static final Pattern KEY = Pattern.compile("key\\s*==\\s*\"([^\"]+)\"");
  private static final int NAMED = 5;

  /** A top-level condition of the rule: a plain pattern, or anything else (not, exists, from, eval...). */
  private record Condition(String text, PatternDescr pattern) {
    boolean plain() {
      return pattern != null && pattern.getSource() == null;
    }

    List<String> constraints() {
      return pattern.getConstraint().getDescrs().stream()
          .map(d -> d instanceof ExprConstraintDescr e ? e.getExpression() : d.getText()).toList();
    }
  }

  /** One comparison of a case fact's figure with a bar, evaluated for every fact of its kind. */
  private record Comparison(String figure, NearestMiss.Op op, String barText, List<String> passed,
      List<String> failed, Optional<String> nearest) {
    String text() {
      String head = figure + " " + op.holds + " " + barText + ": ";
      String pass = passed.isEmpty() ? "" : "holds for " + names(passed);
      String fail = failed.isEmpty() ? "" : "fails for " + names(failed);
      return head + (pass.isEmpty() ? fail : fail.isEmpty() ? pass : pass + "; " + fail);
    }
  }

  private final RuleInfo rule;
  private final Case theCase;
  private final Map<String, Threshold> inForce;

  ConditionReport(RuleInfo rule, Case theCase, Map<String, Threshold> inForce) {
    this.rule = rule;
    this.theCase = theCase;
    this.inForce = inForce;
  }

  /** The answer for a rule that did not fire, or empty when its source does not parse. */
  Optional<Answer> explain(String source) {
    Optional<List<Condition>> parsed = parse(source);
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> keysByBinding = new HashMap<>();
    Set<String> reasons = new LinkedHashSet<>();
    List<String> details = new ArrayList<>();
    for (Condition c : parsed.get()) {
      if (!c.plain()) {
        details.add(c.text() + " — not analysed");
        continue;
      }
      String type = c.pattern().getObjectType();
      if (type.equals("Threshold")) {
        String key = c.constraints().stream().map(KEY::matcher).filter(Matcher::find).map(m -> m.group(1))
            .findFirst().orElse(null);
        if (key == null) {
          details.add(c.text() + " — not analysed");
          continue;
        }
        Optional.ofNullable(c.pattern().getIdentifier()).ifPresent(id -> keysByBinding.put(id, key));
        Threshold t = inForce.get(key);
        details.add(c.text() + " — " + (t == null ? "no row in force" : NearestMiss.describe(t)));
        if (t == null) {
          reasons.add("no row of '" + key + "' is in force on " + theCase.asOf());
        }
        continue;
      }
      Optional<Kind> kind = CASE_FACTS.stream().filter(k -> k.type().getSimpleName().equals(type)).findFirst();
      if (kind.isEmpty()) {
        details.add(c.text() + " — a fact the pack's indicator rules derive; not counted here");
        continue;
      }
      List<?> facts = kind.get().facts().apply(theCase);
      details.add(c.text() + " — " + count(kind.get(), facts.size()) + " in the case");
      if (facts.isEmpty()) {
        reasons.add("it needs " + article(kind.get().singular()) + " and the case has none (" + kind.get().section() + ")");
        continue;
      }
      for (String constraint : c.constraints()) {
        compare(constraint, facts, keysByBinding).ifPresent(cmp -> {
          details.add("  " + cmp.text());
          if (cmp.passed().isEmpty()) {
            reasons.add("no " + kind.get().singular() + " has " + cmp.figure() + " " + cmp.op().holds + " " + cmp.barText()
                + cmp.nearest().map(n -> " (nearest: " + n + ")").orElse(""));
          }
        });
      }
    }
    String summary = rule.id() + " did not fire: " + (reasons.isEmpty()
        ? "its conditions did not all hold on this case. --why-not does not test this rule's conditions one by one;"
            + " here they are with what the case holds for each, thresholds as in force on " + theCase.asOf() + ":"
        : String.join("; ", reasons) + ". The rule's conditions, thresholds as in force on " + theCase.asOf() + ":");
    return Optional.of(new Answer(summary, details));
  }

  private Optional<Comparison> compare(String constraint, List<?> facts, Map<String, String> keysByBinding) {
    Matcher m = COMPARISON.matcher(constraint);
    if (!m.matches()) {
      return Optional.empty();
    }
    double bar;
    String barText;
    String unit = null;
    if (m.group(3) != null) {
      String key = keysByBinding.get(m.group(3));
      Threshold t = key == null ? null : inForce.get(key);
      if (t == null) {
        return Optional.empty();
      }
      bar = t.value();
      unit = t.unit();
      barText = NearestMiss.format(bar, unit, true) + " (" + key + ")";
    } else {
      bar = Double.parseDouble(m.group(4));
      barText = Explainer.number(bar);
    }
    NearestMiss.Op op = switch (m.group(2)) {
      case ">" -> NearestMiss.Op.GT;
      case ">=" -> NearestMiss.Op.GE;
      case "<" -> NearestMiss.Op.LT;
      default -> NearestMiss.Op.LE;
    };
    String figure = m.group(1);
    List<String> passed = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    String nearestName = null;
    double nearestGap = Double.MAX_VALUE;
    for (Object fact : facts) {
      Optional<String> name = name(fact);
      Optional<Optional<Double>> value = figure(fact, figure);
      if (name.isEmpty() || value.isEmpty()) {
        return Optional.empty(); // a fact we cannot name or a figure we cannot read: say nothing rather than guess
      }
      if (value.get().isEmpty()) {
        failed.add(name.get() + " (no value)");
        continue;
      }
      double v = value.get().get();
      String shown = name.get() + " (" + (unit == null ? Explainer.number(v) : NearestMiss.format(v, unit, false)) + ")";
      if (op.test(v, bar)) {
        passed.add(shown);
      } else {
        failed.add(shown);
        if (Math.abs(v - bar) < nearestGap) {
          nearestGap = Math.abs(v - bar);
          nearestName = name.get() + " at " + (unit == null ? Explainer.number(v) : NearestMiss.format(v, unit, false))
              + ", a gap of " + (unit == null ? Explainer.number(nearestGap) : NearestMiss.gap(nearestGap, unit));
        }
      }
    }
    return Optional.of(new Comparison(figure, op, barText, passed, failed, Optional.ofNullable(nearestName)));
  }

  /** The rule's top-level conditions, or empty when the source does not parse. */
  private static Optional<List<Condition>> parse(String source) {
    if (source == null) {
      return Optional.empty();
    }
    // The rule's text alone parses once it has a package line; names need not resolve to parse.
    String text = "package whynot;\n" + source + "\n";
    try {
      DrlParser parser = new DrlParser();
      PackageDescr pkg = parser.parse(false, text);
      if (parser.hasErrors() || pkg == null || pkg.getRules().size() != 1) {
        return Optional.empty();
      }
      List<Condition> conditions = new ArrayList<>();
      for (BaseDescr d : pkg.getRules().get(0).getLhs().getDescrs()) {
        conditions.add(new Condition(textOf(d, text), d instanceof PatternDescr p ? p : null));
      }
      return Optional.of(conditions);
    } catch (DroolsParserException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static String textOf(BaseDescr d, String text) {
    int start = d.getStartCharacter();
    int end = d.getEndCharacter();
    if (start < 0 || end < start || start >= text.length()) {
      return d.getText() == null ? d.getClass().getSimpleName() : d.getText();
    }
    return text.substring(start, Math.min(text.length(), end + 1)).strip().replaceAll("\\s+", " ");
  }

  /** A fact's id, or {@code company in market} for a market share. */
  private static Optional<String> name(Object fact) {
    if (fact instanceof MarketShare s) {
      return Optional.of(s.company() + " in " + s.market());
    }
    if (fact instanceof Position p) {
      return Optional.of(p.person() + " at " + p.company());
    }
    return call(fact, "id").filter(String.class::isInstance).map(String.class::cast);
  }

  /**
   * The figure a constraint names, read as Drools reads it (record accessor, then getter): empty when
   * it is not a number, empty inside when the fact has no value for it.
   */
  private static Optional<Optional<Double>> figure(Object fact, String name) {
    Optional<Method> method = accessor(fact.getClass(), name)
        .or(() -> accessor(fact.getClass(), "get" + Character.toUpperCase(name.charAt(0)) + name.substring(1)));
    if (method.isEmpty()) {
      return Optional.empty();
    }
    Class<?> type = method.get().getReturnType();
    if (!Number.class.isAssignableFrom(type) && !(type.isPrimitive() && type != boolean.class && type != char.class)) {
      return Optional.empty();
    }
    return Optional.of(call(fact, method.get().getName()).map(v -> ((Number) v).doubleValue()));
  }

  private static Optional<Method> accessor(Class<?> type, String name) {
    try {
      Method m = type.getMethod(name);
      return m.getDeclaringClass() == Object.class ? Optional.empty() : Optional.of(m);
    } catch (NoSuchMethodException e) {
      return Optional.empty();
    }
  }

  private static Optional<Object> call(Object fact, String method) {
    try {
      return Optional.ofNullable(fact.getClass().getMethod(method).invoke(fact));
    } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
      return Optional.empty();
    }
  }

  private static List<?> ofType(Case c, Class<?> type) {
    return c.facts().stream().filter(type::isInstance).toList();
  }

  private static String count(Kind kind, int n) {
    return n == 0 ? "no " + kind.plural() : n + " " + (n == 1 ? kind.singular() : kind.plural());
  }

  private static String article(String noun) {
    return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
  }

  private static String names(List<String> names) {
    return names.size() <= NAMED ? String.join(", ", names)
        : String.join(", ", names.subList(0, NAMED)) + " and " + (names.size() - NAMED) + " more";
  }
}
