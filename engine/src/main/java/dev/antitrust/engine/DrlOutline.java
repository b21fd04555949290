package dev.antitrust.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * The rules of one DRL file as the parser sees them before compiling: names, metadata, where each
 * rule starts and ends, and the threshold keys its conditions name. Used to check metadata with the
 * rule's own line, and to drop a rule that a later layer overrides by {@code @id}.
 */
record DrlOutline(RuleFile file, String packageName, List<RuleOutline> rules) {

  /** Threshold keys are matched by literal, e.g. {@code Threshold(key == "us.hsr.size-of-transaction")}. */
  private static final Pattern THRESHOLD_KEY = Pattern.compile("key\\s*==\\s*\"([^\"]+)\"");
  /** List names are matched the same way: {@code ListMember(list == "ear.country-group.d5")}. */
  private static final Pattern LIST_NAME = Pattern.compile("list\\s*==\\s*\"([^\"]+)\"");

  /** One rule's outline; offsets are character positions in the file. */
  record RuleOutline(
      String name, int line, int column, int start, int end, Map<String, String> metadata, List<String> thresholdKeys,
      List<String> listNames) {

    String id() {
      return metadata.get("id");
    }
  }

  /** Parses a file; a file that does not parse gives an empty outline (the compiler reports why). */
  static DrlOutline of(RuleFile file) {
    PackageDescr pkg;
    try {
      DrlParser parser = new DrlParser();
      pkg = parser.parse(false, file.text());
      if (parser.hasErrors() || pkg == null) {
        return new DrlOutline(file, "", List.of());
      }
    } catch (DroolsParserException | RuntimeException e) {
      return new DrlOutline(file, "", List.of());
    }
    List<RuleOutline> rules = new ArrayList<>();
    for (RuleDescr rule : pkg.getRules()) {
      Map<String, String> metadata = new LinkedHashMap<>();
      for (AnnotationDescr a : rule.getAnnotations()) {
        Object value = a.getSingleValueStripped();
        metadata.put(a.getName(), value == null ? "" : String.valueOf(value));
      }
      int start = Math.max(0, rule.getStartCharacter());
      int end = Math.min(file.text().length(), Math.max(start, rule.getEndCharacter() + 1));
      String ruleText = file.text().substring(start, end);
      rules.add(new RuleOutline(rule.getName(), rule.getLine(), Math.max(1, rule.getColumn()), start, end,
          metadata, literals(THRESHOLD_KEY, ruleText), literals(LIST_NAME, ruleText)));
    }
    return new DrlOutline(file, pkg.getName(), rules);
  }

  private static List<String> literals(Pattern pattern, String text) {
    TreeSet<String> found = new TreeSet<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return List.copyOf(found);
  }

  /**
   * The file's text with the named rules blanked out. Newlines are kept so that every other rule
   * keeps its line numbers in error messages.
   */
  String textWithout(List<RuleOutline> dropped) {
    char[] chars = file.text().toCharArray();
    for (RuleOutline r : dropped) {
      for (int i = r.start(); i < r.end(); i++) {
        if (chars[i] != '\n' && chars[i] != '\r') {
          chars[i] = ' ';
        }
      }
    }
    return new String(chars);
  }
}
