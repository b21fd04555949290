package dev.antitrust.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells whether a threshold read in a rule's conditions keeps the rule from matching when it reads
 * NaN, as it does for a threshold not in force: true when the read is compared, alone and with one of
 * {@code < <= > >= ==}, with a primitive number field of a fact pattern the rule cannot match without.
 * NaN fails every such comparison, so the rule needs no other guard. A field of another type, a
 * declared type, a negated pattern or a compound expression gets the guard.
 */
final class NaNComparisons {
  private static final Pattern IMPORT = Pattern.compile("(?m)^[ \\t]*import[ \\t]+([\\w.$]+?)(\\.\\*)?[ \\t]*;");
  private static final Pattern DECLARE = Pattern.compile("(?m)^[ \\t]*declare[ \\t]+(?:enum[ \\t]+)?([\\w$]+)");
  /** A positive pattern's start on its line: optionally a binding, then its fact type. */
  private static final Pattern PATTERN_START =
      Pattern.compile("[ \\t]*(?:\\$[\\w$]+[ \\t]*:[ \\t]*)?([A-Z][\\w$]*)[ \\t]*");
  private static final String READ = "\u0000";
  private static final Pattern FIELD_FIRST =
      Pattern.compile("\\s*([a-z][\\w$]*)\\s*(?:>=|<=|>|<|==)\\s*" + READ + "\\s*");
  private static final Pattern READ_FIRST =
      Pattern.compile("\\s*" + READ + "\\s*(?:>=|<=|>|<|==)\\s*([a-z][\\w$]*)\\s*");
  private static final Set<Class<?>> NUMBERS =
      Set.of(double.class, float.class, long.class, int.class, short.class, byte.class);

  private final String code;
  private final Map<String, String> explicitImports = new HashMap<>();
  private final List<String> wildcardImports;
  private final Set<String> declaredTypes = new HashSet<>();

  /** @param code a rule file with comments and literals blanked */
  NaNComparisons(String code) {
    this.code = code;
    Matcher m = IMPORT.matcher(code);
    List<String> wildcards = new ArrayList<>();
    while (m.find()) {
      if (m.group(2) != null) {
        wildcards.add(m.group(1));
      } else {
        String name = m.group(1);
        explicitImports.put(name.substring(name.lastIndexOf('.') + 1), name);
      }
    }
    this.wildcardImports = List.copyOf(wildcards);
    Matcher declared = DECLARE.matcher(code);
    while (declared.find()) {
      declaredTypes.add(declared.group(1));
    }
  }

  /**
   * Whether the read at [from, to), in conditions starting at {@code conditions}, fails its pattern
   * when it is NaN.
   */
  boolean failsOnNaN(int conditions, int from, int to) {
    int depth = 0;
    int open = -1;
    for (int i = conditions; i < from; i++) {
      char c = code.charAt(i);
      if (c == '(') {
        if (depth == 0) {
          open = i;
        }
        depth++;
      } else if (c == ')') {
        depth--;
      }
    }
    if (depth != 1) {
      return false; // not directly among a top-level pattern's constraints
    }
    int line = code.lastIndexOf('\n', open) + 1;
    Matcher start = PATTERN_START.matcher(code).region(line, open);
    int before = line - 1;
    while (before >= conditions && Character.isWhitespace(code.charAt(before))) {
      before--;
    }
    if (line < conditions || !start.matches() || before >= conditions && code.charAt(before) != ')') {
      return false; // not a pattern of its own, or one after a not, exists or the like on the line before
    }
    String conjunct = code.substring(conjunctStart(open, from), from) + READ + code.substring(to, conjunctEnd(to));
    Matcher field = FIELD_FIRST.matcher(conjunct);
    if (!field.matches()) {
      field = READ_FIRST.matcher(conjunct);
      if (!field.matches()) {
        return false;
      }
    }
    String type = factType(start.group(1));
    Class<?> read = type == null ? null : FactProperties.of(type).get(field.group(1));
    return read != null && NUMBERS.contains(read); // Set.of refuses to look up null
  }

  /** Just past the comma, {@code &&} or parenthesis before {@code at} at the pattern's own depth. */
  private int conjunctStart(int open, int at) {
    int depth = 0;
    for (int i = at - 1; i > open; i--) {
      char c = code.charAt(i);
      if (c == ')') {
        depth++;
      } else if (c == '(') {
        depth--;
      } else if (depth == 0 && (c == ',' || c == '&' && code.charAt(i - 1) == '&')) {
        return i + 1;
      }
    }
    return open + 1;
  }

  /** At the comma, {@code &&} or parenthesis that ends the constraint from {@code at}. */
  private int conjunctEnd(int at) {
    int depth = 0;
    for (int i = at; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        if (depth == 0) {
          return i;
        }
        depth--;
      } else if (depth == 0 && (c == ',' || code.startsWith("&&", i))) {
        return i;
      }
    }
    return code.length();
  }

  /** The class a pattern's type names through the file's imports, or null when unknown here. */
  private String factType(String simpleName) {
    if (declaredTypes.contains(simpleName)) {
      return null; // the file's own type, even where it shares a name with an imported one
    }
    String explicit = explicitImports.get(simpleName);
    if (explicit != null) {
      return explicit;
    }
    return wildcardImports.stream().map(pkg -> pkg + "." + simpleName).filter(FactProperties::exists).findFirst()
        .orElse(null); // a declared type or one of the file's own package: not known before compiling
  }
}
