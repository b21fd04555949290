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
 * the last pattern ({@code and $b : B(); collectSet( $b.x() )}) is safe.
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
        collect(rule.getLhs(), accumulates);
        for (AccumulateDescr acc : accumulates) {
          Optional<String> variable = earlierPatternVariable(acc);
          if (variable.isPresent()) {
            return Optional.of(file.getKey().displayName() + ": rule \"" + rule.getName() + "\" accumulates "
                + variable.get() + ", bound before the last pattern of its source");
          }
        }
      }
    }
    return Optional.empty();
  }

  private static void collect(BaseDescr descr, List<AccumulateDescr> out) {
    if (descr instanceof AccumulateDescr acc) {
      out.add(acc);
      collect(acc.getInput(), out);
    } else if (descr instanceof PatternDescr pattern) {
      if (pattern.getSource() != null) {
        collect(pattern.getSource(), out);
      }
    } else if (descr instanceof ConditionalElementDescr ce) {
      for (Object child : ce.getDescrs()) {
        if (child instanceof BaseDescr base) {
          collect(base, out);
        }
      }
    }
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
          if (Pattern.compile("(?<![\\w$])" + Pattern.quote(variable) + "(?![\\w$])").matcher(param).find()) {
            return Optional.of(variable + " in " + function.getFunction() + "( " + param + " )");
          }
        }
      }
    }
    return Optional.empty();
  }
}
