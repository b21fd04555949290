package dev.antitrust.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AccumulateDescr.AccumulateFunctionCallDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * DRL that the executable model compiles without complaint but runs wrongly, so such files are left
 * to the classic compiler. Drools 10.2's executable model hands an accumulate function a variable
 * bound in any but the last pattern of a multi-pattern source ({@code accumulate( A($x : x) and
 * B(); collectSet( $x ) )}) as the network tuple rather than its value: a set of tuples, a count of
 * matches instead of distinct values, or a ClassCastException in the consequence. Collecting from
 * the last pattern ({@code and $b : B(); collectSet( $b.x() )}) is safe. It likewise hands an
 * accumulate function whose expression starts from a variable bound outside the accumulate ({@code
 * $m : Market() accumulate( $s : MarketShare(); sum( $m.shares().get($s.company()) ) )}) the matched
 * fact instead of the expression's value: a ClassCastException when the case runs. Starting from the
 * accumulated fact and passing the outside variable as an argument ({@code sum(
 * $s.shareIn($m) )}) is safe.
 */
final class ExecutableModelLimits {
  private ExecutableModelLimits() {}

  /**
   * Why the executable model must not compile these files, naming the rule and the variable; empty
   * when it may. A file that does not parse is left to the classic compiler, which reports it.
   */
  static Optional<String> unsupported(Map<RuleFile, String> files) {
    for (Map.Entry<RuleFile, String> file : files.entrySet()) {
      PackageDescr pkg;
      try {
        DrlParser parser = new DrlParser();
        pkg = parser.parse(false, file.getValue());
        if (parser.hasErrors() || pkg == null) {
          return Optional.of(file.getKey().displayName() + " does not parse");
        }
      } catch (DroolsParserException | RuntimeException e) {
        return Optional.of(file.getKey().displayName() + " does not parse");
      }
      for (RuleDescr rule : pkg.getRules()) {
        List<AccumulateDescr> accumulates = new ArrayList<>();
        walk(rule.getLhs(), d -> {
          if (d instanceof AccumulateDescr acc) {
            accumulates.add(acc);
          }
        });
        List<String> ruleVariables = new ArrayList<>();
        boundIn(rule.getLhs(), ruleVariables);
        for (AccumulateDescr acc : accumulates) {
          Optional<String> variable = earlierPatternVariable(acc);
          if (variable.isPresent()) {
            return Optional.of(file.getKey().displayName() + ": rule \"" + rule.getName() + "\" accumulates "
                + variable.get() + ", bound before the last pattern of its source");
          }
          Optional<String> outside = outsideVariable(acc, ruleVariables);
          if (outside.isPresent()) {
            return Optional.of(file.getKey().displayName() + ": rule \"" + rule.getName() + "\" accumulates "
                + outside.get());
          }
        }
      }
    }
    return Optional.empty();
  }

  /** Visits the element and every element under it: patterns' sources, accumulates' inputs, children. */
  private static void walk(BaseDescr descr, java.util.function.Consumer<BaseDescr> visit) {
    visit.accept(descr);
    if (descr instanceof AccumulateDescr acc) {
      walk(acc.getInput(), visit);
    } else if (descr instanceof PatternDescr pattern) {
      if (pattern.getSource() != null) {
        walk(pattern.getSource(), visit);
      }
    } else if (descr instanceof ConditionalElementDescr ce) {
      for (Object child : ce.getDescrs()) {
        if (child instanceof BaseDescr base) {
          walk(base, visit);
        }
      }
    }
  }

  /** The variables bound by patterns in or under this element, and by accumulate functions. */
  private static void boundIn(BaseDescr descr, List<String> out) {
    walk(descr, d -> {
      if (d instanceof AccumulateDescr acc) {
        acc.getFunctions().stream().map(AccumulateFunctionCallDescr::getBind).filter(b -> b != null).forEach(out::add);
      } else if (d instanceof PatternDescr pattern) {
        out.addAll(pattern.getAllBoundIdentifiers());
      }
    });
  }

  /**
   * A variable of the rule, bound outside this accumulate's source, that the expression of one of
   * its functions starts from. Conservative: a name bound anywhere else in the rule counts, even
   * where it is not in scope.
   */
  private static Optional<String> outsideVariable(AccumulateDescr acc, List<String> ruleVariables) {
    List<String> inside = new ArrayList<>();
    boundIn(acc.getInput(), inside);
    for (AccumulateFunctionCallDescr function : acc.getFunctions()) {
      for (String param : function.getParams()) {
        for (String variable : ruleVariables) {
          if (!inside.contains(variable) && startsFrom(param, variable)) {
            return Optional.of(variable + ", bound outside the accumulate, in " + function.getFunction() + "( " + param
                + " )");
          }
        }
      }
    }
    return Optional.empty();
  }

  private static boolean startsFrom(String expression, String variable) {
    return Pattern.compile("^\\s*\\(*\\s*" + Pattern.quote(variable) + "(?![\\w$])").matcher(expression).find();
  }

  private static boolean mentions(String expression, String variable) {
    return Pattern.compile("(?<![\\w$])" + Pattern.quote(variable) + "(?![\\w$])").matcher(expression).find();
  }

  private static Optional<String> earlierPatternVariable(AccumulateDescr acc) {
    if (!(acc.getInput() instanceof AndDescr and) || and.getDescrs().size() < 2) {
      return Optional.empty();
    }
    List<BaseDescr> parts = and.getDescrs();
    List<String> earlier = new ArrayList<>();
    for (BaseDescr part : parts.subList(0, parts.size() - 1)) {
      if (part instanceof PatternDescr pattern) {
        earlier.addAll(pattern.getAllBoundIdentifiers());
      }
    }
    for (AccumulateFunctionCallDescr function : acc.getFunctions()) {
      for (String param : function.getParams()) {
        for (String variable : earlier) {
          if (mentions(param, variable)) {
            return Optional.of(variable + " in " + function.getFunction() + "( " + param + " )");
          }
        }
      }
    }
    return Optional.empty();
  }
}
