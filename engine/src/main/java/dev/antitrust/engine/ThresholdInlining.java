package dev.antitrust.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites a rule file's threshold patterns into reads of a session global before it is compiled.
 * Rules say {@code $t : Threshold( key == "us.mg2023.share" )} and then {@code share >= $t.value}:
 * readable, but every such rule joins its facts with a threshold fact, the threshold facts must go
 * into every session, and a rule that starts with its own threshold shares no node of the network
 * with another. Compiled as {@code share >= antitrustThresholds.value("us.mg2023.share")}, a threshold
 * costs no join and no insert: about a tenth off a case, with the same findings (README).
 *
 * <p>Only what is sure to mean the same is rewritten; the rest compiles as written. A binding is
 * taken out when it stands alone on its line at the top level of a rule's conditions, the conditions
 * use its variable only as {@code $t.value}, and the consequence does not hand the fact to the session
 * ({@code modify}, {@code delete} and the like). A threshold not in force, whose missing fact kept the
 * rule from matching, reads as NaN: where the rule compares a number field of a pattern it needs with
 * it, that comparison fails ({@link NaNComparisons}); elsewhere an {@code eval} of
 * {@code antitrustThresholds.inForce("...")} ends the conditions, last so that the nodes before it are
 * still shared. No line is added or removed, so compile errors keep their lines, and {@link
 * RuleCompiler} compiles the text as written whenever the rewritten text fails, so that errors keep
 * their columns too.
 */
final class ThresholdInlining {
  /** The global the rewritten rules read; set in every session whose pack declares it. */
  static final String GLOBAL = "antitrustThresholds";

  private static final String DECLARATION =
      "\nglobal dev.antitrust.model.ThresholdValues " + GLOBAL + ";\n";
  private static final Pattern RULE = Pattern.compile("(?m)^[ \\t]*rule(?![\\w$])");
  /** {@code $t : Threshold( key == "..." )} alone on its line; the variable and the key. */
  private static final Pattern BINDING = Pattern.compile("(?m)^[ \\t]*(\\$[A-Za-z_][\\w$]*)[ \\t]*:[ \\t]*Threshold"
      + "[ \\t]*\\([ \\t]*key[ \\t]*==[ \\t]*\"([^\"\\\\\\n]+)\"[ \\t]*\\)[ \\t]*$");
  private static final Pattern VALUE = Pattern.compile("\\.value(?![\\w$])([ \\t]*\\([ \\t]*\\))?");
  private static final Pattern OR = Pattern.compile("\\|\\||(?<![\\w$])or(?![\\w$])");
  private static final Pattern NAMED_CONSEQUENCE = Pattern.compile("(?<![\\w$])(then|do|break)[ \\t]*\\[");

  private ThresholdInlining() {}

  /** The texts to compile by file: {@code files} itself when no file is rewritten. */
  static Map<RuleFile, String> inline(Map<RuleFile, String> files) {
    Map<RuleFile, String> inlined = new LinkedHashMap<>();
    boolean changed = false;
    for (Map.Entry<RuleFile, String> file : files.entrySet()) {
      String text = inline(file.getValue());
      inlined.put(file.getKey(), text);
      changed |= text != file.getValue();
    }
    return changed ? inlined : files;
  }

  /** The text to compile: {@code drl} rewritten, or {@code drl} itself when nothing is rewritten. */
  static String inline(String drl) {
    String code = DrlCode.blankCommentsAndLiterals(drl);
    NaNComparisons comparisons = new NaNComparisons(code);
    List<Edit> edits = new ArrayList<>();
    Matcher rule = RULE.matcher(code);
    while (rule.find()) {
      int when = keyword(code, "when", rule.end());
      int then = when < 0 ? -1 : keyword(code, "then", when + 4);
      int end = then < 0 ? -1 : lineKeyword(code, "end", then + 4);
      if (end < 0) {
        break; // not a whole rule: the compiler says what is wrong with the text as written
      }
      inlineRule(drl, code, comparisons, when + 4, then, then + 4, end, edits);
    }
    if (edits.isEmpty()) {
      return drl;
    }
    // From the end back, so that offsets hold; at one offset, a replacement before an insertion.
    edits.sort(Comparator.comparingInt(Edit::from).thenComparingInt(Edit::to).reversed());
    StringBuilder text = new StringBuilder(drl);
    edits.forEach(e -> text.replace(e.from(), e.to(), e.text()));
    return text.append(DECLARATION).toString();
  }

  /** Adds the edits for one rule's conditions [whenFrom, whenTo) and consequence [thenFrom, thenTo). */
  private static void inlineRule(String drl, String code, NaNComparisons comparisons, int whenFrom, int whenTo,
      int thenFrom, int thenTo, List<Edit> edits) {
    if (NAMED_CONSEQUENCE.matcher(code).region(whenFrom, thenTo).find()) {
      return;
    }
    boolean topLevelOr = topLevelOr(code, whenFrom, whenTo);
    List<String> guards = new ArrayList<>();
    Matcher binding = BINDING.matcher(drl).region(whenFrom, whenTo);
    while (binding.find()) {
      int at = binding.start(1);
      if (code.charAt(at) != '$' || depth(code, whenFrom, at) != 0) {
        continue; // in a comment or a literal, or inside not( ), exists( ), accumulate( ) and the like
      }
      String variable = binding.group(1);
      String key = binding.group(2);
      List<Edit> reads = new ArrayList<>();
      List<Edit> uses = new ArrayList<>();
      if (!conditionUses(code, variable, key, whenFrom, whenTo, at, reads)
          || !consequenceUses(code, variable, key, thenFrom, thenTo, uses)) {
        continue;
      }
      // A threshold not in force must keep the rule from matching, as its missing fact did. Reading
      // NaN does that where the rule compares a number with it; elsewhere an eval does, at the end of
      // the conditions: earlier, it would keep the rule from sharing nodes of the network with others.
      boolean nanFails = !topLevelOr
          && reads.stream().anyMatch(r -> comparisons.failsOnNaN(whenFrom, r.from(), r.to()));
      int close = drl.lastIndexOf(')', binding.end()) + 1;
      String inForce = GLOBAL + ".inForce(\"" + key + "\")";
      edits.add(new Edit(at, close, topLevelOr ? "eval( " + inForce + " )" : " ".repeat(close - at)));
      if (!nanFails && !topLevelOr) {
        guards.add(inForce);
      }
      edits.addAll(reads);
      edits.addAll(uses);
    }
    if (!guards.isEmpty()) {
      edits.add(new Edit(whenTo, whenTo, "eval( " + String.join(" && ", guards) + " ) "));
    }
  }

  /** Whether the conditions join patterns with {@code or} or {@code ||} at their top level. */
  private static boolean topLevelOr(String code, int from, int to) {
    Matcher or = OR.matcher(code).region(from, to).useTransparentBounds(true);
    while (or.find()) {
      if (depth(code, from, or.start()) == 0) {
        return true;
      }
    }
    return false;
  }

  /** The variable's uses in the conditions besides its binding at {@code at}, if each is a {@code .value}. */
  private static boolean conditionUses(String code, String variable, String key, int from, int to, int at,
      List<Edit> uses) {
    Matcher use = use(variable).matcher(code).region(from, to);
    while (use.find()) {
      if (use.start() == at) {
        continue;
      }
      Matcher value = VALUE.matcher(code).region(use.end(), to);
      if (use.start() < at || !value.lookingAt()) {
        return false;
      }
      uses.add(new Edit(use.start(), value.end(), GLOBAL + ".value(\"" + key + "\")"));
    }
    return true;
  }

  /** The variable's uses in the consequence, if none hands the fact to the session. */
  private static boolean consequenceUses(String code, String variable, String key, int from, int to, List<Edit> uses) {
    String quoted = Pattern.quote(variable);
    if (Pattern.compile("(modify|update|delete|retract|insert|insertLogical)[ \\t]*\\([ \\t]*" + quoted + "(?![\\w$])")
        .matcher(code).region(from, to).find() || code.substring(from, to).contains("getMatch")) {
      return false;
    }
    Matcher use = use(variable).matcher(code).region(from, to);
    while (use.find()) {
      uses.add(new Edit(use.start(), use.end(), GLOBAL + ".get(\"" + key + "\")"));
    }
    return true;
  }

  private static Pattern use(String variable) {
    return Pattern.compile("(?<![\\w$])" + Pattern.quote(variable) + "(?![\\w$])");
  }

  /** The index of {@code word} as a whole word at or after {@code from}, or -1. */
  private static int keyword(String code, String word, int from) {
    Matcher m = Pattern.compile("(?<![\\w$.])" + word + "(?![\\w$])").matcher(code);
    return m.find(from) ? m.start() : -1;
  }

  /** The index of {@code word} first on a line at or after {@code from}, or -1. */
  private static int lineKeyword(String code, String word, int from) {
    Matcher m = Pattern.compile("(?m)^[ \\t]*" + word + "(?![\\w$])").matcher(code);
    return m.find(from) ? m.end() - word.length() : -1;
  }

  /** How many parentheses are open at {@code at}, counting from {@code from}. */
  private static int depth(String code, int from, int at) {
    int depth = 0;
    for (int i = from; i < at; i++) {
      char c = code.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      }
    }
    return depth;
  }

  private record Edit(int from, int to, String text) {}
}
