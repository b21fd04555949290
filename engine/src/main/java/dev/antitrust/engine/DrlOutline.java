package dev.antitrust.engine;

import dev.antitrust.model.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;

/**
 * The rules of one DRL file as the parser sees them before compiling: names, metadata, where each
 * rule starts and ends, and the threshold keys its conditions name. Used to check metadata with the
 * rule's own line, and to drop a rule that a later layer overrides by {@code @id}.
 *
 * <p>The Drools parser gives up on a whole file at its first syntax error, which would hide every
 * other mistake in it. So a file that does not parse is split at each {@code rule}, {@code query},
 * {@code declare} or {@code function}; the parts that do not parse on their own are blanked, and the
 * rest is outlined and compiled, so that one run reports the syntax error and the other rules'
 * metadata and type errors together.
 *
 * @param syntaxProblems the file's syntax errors, located in the file
 * @param compilableText the text to compile (broken parts blanked), or null when nothing of the file
 *     can be compiled
 * @param declaredTypes the simple names of the types and enums the file declares
 * @param descr what the parser made of the compilable text, or null when nothing of it parses or the
 *     outline was {@linkplain StoredOutlines stored by the build}; the rule policy reads its globals
 *     and rule attributes
 */
record DrlOutline(RuleFile file, String packageName, List<RuleOutline> rules, List<Problem> syntaxProblems,
    String compilableText, List<String> declaredTypes, PackageDescr descr) {

  /** Threshold keys are matched by literal, e.g. {@code Threshold(key == "us.hsr.size-of-transaction")}. */
  private static final Pattern THRESHOLD_KEY = Pattern.compile("key\\s*==\\s*\"([^\"]+)\"");
  /** List names are matched the same way: {@code ListMember(list == "ear.country-group.d5")}. */
  private static final Pattern LIST_NAME = Pattern.compile("list\\s*==\\s*\"([^\"]+)\"");
  private static final Pattern PART_START = Pattern.compile("^\\s*(rule|query|declare|function)\\b.*");

  /** One rule's outline; offsets are character positions in the file. */
  record RuleOutline(
      String name, int line, int column, int start, int end, Map<String, String> metadata, List<String> thresholdKeys,
      List<String> listNames, int salience) {

    String id() {
      return metadata.get("id");
    }
  }

  /** Parses a file, recovering what parses when part of it does not. */
  static DrlOutline of(RuleFile file) {
    List<Problem> errors = new ArrayList<>();
    Optional<PackageDescr> whole = parse(file.text(), file, errors);
    if (whole.isPresent()) {
      return outline(file, whole.get(), file.text(), List.of());
    }
    if (errors.isEmpty()) {
      errors.add(Problem.at(file.displayName(), "cannot be parsed as DRL"));
    }
    String repaired = blankBrokenParts(file);
    Optional<PackageDescr> rest = parse(repaired, file, new ArrayList<>());
    return rest.map(pkg -> outline(file, pkg, repaired, errors))
        .orElseGet(() -> new DrlOutline(file, "", List.of(), List.copyOf(errors), null, List.of(), null));
  }

  private static Optional<PackageDescr> parse(String text, RuleFile file, List<Problem> errors) {
    try {
      DrlParser parser = new DrlParser();
      PackageDescr pkg = parser.parse(false, text);
      for (DroolsError e : parser.getErrors()) {
        errors.add(CompileErrors.parserProblem(file.displayName(), e.getMessage(), e.getLines()));
      }
      return parser.hasErrors() || pkg == null ? Optional.empty() : Optional.of(pkg);
    } catch (DroolsParserException | RuntimeException e) {
      errors.add(Problem.at(file.displayName(), "cannot be parsed as DRL: " + e.getMessage()));
      return Optional.empty();
    }
  }

  /** The text with every part that does not parse alone (with the file's header) blanked. */
  private static String blankBrokenParts(RuleFile file) {
    String text = file.text();
    List<Integer> starts = new ArrayList<>();
    int offset = 0;
    for (String line : text.split("\n", -1)) {
      if (PART_START.matcher(line).matches()) {
        starts.add(offset);
      }
      offset += line.length() + 1;
    }
    starts.add(text.length());
    String result = text;
    for (int i = 0; i + 1 < starts.size(); i++) {
      String alone = blank(blank(text, starts.get(0), starts.get(i)), starts.get(i + 1), text.length());
      if (parse(alone, file, new ArrayList<>()).isEmpty()) {
        result = blank(result, starts.get(i), starts.get(i + 1));
      }
    }
    return result;
  }

  private static DrlOutline outline(RuleFile file, PackageDescr pkg, String text, List<Problem> syntaxProblems) {
    List<RuleOutline> rules = new ArrayList<>();
    for (RuleDescr rule : pkg.getRules()) {
      Map<String, String> metadata = new LinkedHashMap<>();
      for (AnnotationDescr a : rule.getAnnotations()) {
        Object value = a.getSingleValueStripped();
        metadata.put(a.getName(), value == null ? "" : String.valueOf(value));
      }
      int start = Math.max(0, rule.getStartCharacter());
      int end = Math.min(text.length(), Math.max(start, rule.getEndCharacter() + 1));
      String ruleText = text.substring(start, end);
      rules.add(new RuleOutline(rule.getName(), rule.getLine(), Math.max(1, rule.getColumn()), start, end,
          metadata, literals(THRESHOLD_KEY, ruleText), literals(LIST_NAME, ruleText), salience(rule)));
    }
    List<String> declared = new ArrayList<>();
    pkg.getTypeDeclarations().forEach(t -> declared.add(t.getTypeName()));
    pkg.getEnumDeclarations().forEach(e -> declared.add(e.getTypeName()));
    return new DrlOutline(file, pkg.getName(), rules, List.copyOf(syntaxProblems), text, List.copyOf(declared), pkg);
  }

  /** The rule's salience when it is a plain number, else 0 (Drools' default). */
  private static int salience(RuleDescr rule) {
    var attribute = rule.getAttributes().get("salience");
    if (attribute == null) {
      return 0;
    }
    try {
      return Integer.parseInt(attribute.getValue().trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static List<String> literals(Pattern pattern, String text) {
    TreeSet<String> found = new TreeSet<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return List.copyOf(found);
  }

  /** The DRL source of one rule, as written. */
  String textOf(RuleOutline rule) {
    return compilableText.substring(rule.start(), rule.end());
  }

  /**
   * The text to compile with the named rules blanked out, or null when nothing of the file compiles.
   * Newlines are kept so that every other rule keeps its line numbers in error messages.
   */
  String textWithout(List<RuleOutline> dropped) {
    if (compilableText == null) {
      return null;
    }
    String text = compilableText;
    for (RuleOutline r : dropped) {
      text = blank(text, r.start(), r.end());
    }
    return text;
  }

  private static String blank(String text, int from, int to) {
    char[] chars = text.toCharArray();
    for (int i = from; i < to; i++) {
      if (chars[i] != '\n' && chars[i] != '\r') {
        chars[i] = ' ';
      }
    }
    return new String(chars);
  }
}
