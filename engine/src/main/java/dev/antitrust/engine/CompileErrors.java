package dev.antitrust.engine;

import dev.antitrust.model.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.drools.compiler.compiler.DescrBuildError;
import org.drools.compiler.compiler.RuleBuildError;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.jci.CompilationProblem;

/**
 * Turns Drools' compile errors into problems in the user's own file, line and column. Consequences
 * are compiled as generated Java classes; their errors are mapped back to the DRL line, so a user
 * never sees a generated name.
 */
final class CompileErrors {
  /** Drools writes the DRL line and column into the text, e.g. "[ERR 101] Line 3:11 no viable ...". */
  private static final Pattern LINE_IN_TEXT = Pattern.compile("^\\[ERR \\d+\\] Line (\\d+):(\\d+) ");
  private static final Pattern UNKNOWN_MEMBER =
      Pattern.compile("unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)");
  private static final Pattern NAMED_IN_MESSAGE =
      Pattern.compile("(?:The method (\\w+)\\(|^(\\w+) cannot be resolved|The field \\w+\\.(\\w+))");
  /**
   * The generated class puts a consequence's first non-blank line this many lines after the offset
   * Drools records; measured on Drools 10.2 and checked by RulePackValidationTest.
   */
  private static final int CONSEQUENCE_HEADER = 4;
  private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(3);

  private CompileErrors() {}

  /** A parser error such as {@code [ERR 101] Line 6:28 no viable alternative at input ')'}. */
  static Problem parserProblem(String file, String message, int[] lines) {
    String text = message == null ? "" : message.strip();
    Matcher lc = LINE_IN_TEXT.matcher(text);
    if (lc.find()) {
      // ANTLR counts columns from 0
      return new Problem(file, Integer.parseInt(lc.group(1)), Integer.parseInt(lc.group(2)) + 1,
          cleanup(text.substring(lc.end())));
    }
    int line = lines != null && lines.length > 0 ? Math.max(0, lines[0]) : 0;
    return new Problem(file, line, 0, cleanup(text));
  }

  /** The problems one Drools error stands for; empty for noise that always follows a real error. */
  static List<Problem> toProblems(KnowledgeBuilderError e, String file, String text) {
    String message = e.getMessage() == null ? "" : e.getMessage().strip();
    if (message.startsWith("Parser returned a null Package")) {
      return List.of();
    }
    String[] lines = text == null ? new String[0] : text.split("\n", -1);
    if (e instanceof RuleBuildError rb && rb.getObject() instanceof CompilationProblem[] javaProblems
        && rb.getDescr() instanceof RuleDescr rule) {
      List<Problem> problems = new ArrayList<>();
      for (CompilationProblem p : javaProblems) {
        if (p.isError()) {
          problems.add(consequenceProblem(file, lines, rule, p));
        }
      }
      return problems;
    }
    int line = e.getLines() != null && e.getLines().length > 0 ? Math.max(0, e.getLines()[0]) : 0;
    if (e instanceof DescrBuildError db) {
      Matcher m = UNKNOWN_MEMBER.matcher(message);
      if (m.find()) {
        String field = m.group(2);
        return List.of(new Problem(file, line, columnOf(lines, line, field),
            rulePrefix(db.getParentDescr()) + simpleName(m.group(1)) + " has no field '" + field + "'"
                + suggestion(m.group(1), field)));
      }
      return List.of(new Problem(file, line, 0, rulePrefix(db.getParentDescr()) + cleanup(message)));
    }
    if (LINE_IN_TEXT.matcher(message).find()) {
      return List.of(parserProblem(file, message, e.getLines()));
    }
    return List.of(new Problem(file, line, 0, cleanup(message)));
  }

  private static Problem consequenceProblem(String file, String[] lines, RuleDescr rule, CompilationProblem p) {
    int first = firstConsequenceLine(lines, rule.getConsequenceLine());
    int last = Math.max(first, rule.getEndLine() > 0 ? rule.getEndLine() - 1 : first);
    int line = first + p.getStartLine() - (rule.getConsequenceOffset() + CONSEQUENCE_HEADER);
    if (line < first || line > last) {
      line = first;
    }
    String message = p.getMessage() == null ? "does not compile" : cleanup(p.getMessage());
    Matcher named = NAMED_IN_MESSAGE.matcher(message);
    String token = null;
    if (named.find()) {
      token = named.group(1) != null ? named.group(1) : named.group(2) != null ? named.group(2) : named.group(3);
    }
    return new Problem(file, line, token == null ? firstColumn(lines, line) : columnOf(lines, line, token),
        "rule \"" + rule.getName() + "\": " + message);
  }

  /** The first DRL line of the consequence with code on it; Drools skips the blank ones. */
  private static int firstConsequenceLine(String[] lines, int thenLine) {
    for (int i = Math.max(1, thenLine); i <= lines.length; i++) {
      String line = lines[i - 1];
      if (i == thenLine) {
        int then = line.indexOf("then");
        line = then < 0 ? "" : line.substring(then + 4);
      }
      if (!line.isBlank()) {
        return i;
      }
    }
    return Math.max(1, thenLine);
  }

  private static int columnOf(String[] lines, int line, String token) {
    if (line < 1 || line > lines.length) {
      return 0;
    }
    Matcher m = Pattern.compile("\\b" + Pattern.quote(token) + "\\b").matcher(lines[line - 1]);
    return m.find() ? m.start() + 1 : firstColumn(lines, line);
  }

  private static int firstColumn(String[] lines, int line) {
    if (line < 1 || line > lines.length) {
      return 0;
    }
    String text = lines[line - 1];
    int i = 0;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i + 1;
  }

  private static String rulePrefix(BaseDescr parent) {
    return parent instanceof RuleDescr rule ? "rule \"" + rule.getName() + "\": " : "";
  }

  private static String simpleName(String className) {
    return className.substring(Math.max(className.lastIndexOf('.'), className.lastIndexOf('$')) + 1);
  }

  /** " (did you mean 'share'?)" when the fact type has a field spelt nearly the same. */
  private static String suggestion(String className, String field) {
    Optional<String> closest = FactProperties.of(className).keySet().stream()
        .filter(n -> DISTANCE.apply(n, field) >= 0)
        .min(Comparator.comparingInt((String n) -> DISTANCE.apply(n, field)).thenComparing(n -> n));
    return closest.map(n -> " (did you mean '" + n + "'?)").orElse("");
  }

  /** Keeps the first line; the rest of a Drools message repeats the rule text or generated code. */
  static String cleanup(String text) {
    String first = text.lines().map(String::strip).filter(s -> !s.isEmpty()).findFirst().orElse(text);
    return first.replaceAll("\\s+", " ");
  }
}
