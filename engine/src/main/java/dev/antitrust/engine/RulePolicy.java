package dev.antitrust.engine;

import dev.antitrust.engine.DrlCode.Name;
import dev.antitrust.model.Problem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;

/**
 * Refuses rule files that reach beyond the facts: file, network or process access, reflection, class
 * loading, threads, the engine's internals and state shared between cases. Rule files come from
 * people who are not Java developers and DRL runs any Java in a consequence, so a pack is checked
 * before it is compiled, unless the operator trusts it.
 *
 * <p>The check reads the text, not the compiled classes: every dotted name outside comments and
 * literals must be a type of the fact model, a type the pack declares, or an allowed JDK type, and no
 * name may be a refused member ({@code exit}, {@code getClass}, ...). MVEL resolves members at run
 * time, so only a check on names, whatever they are called on, holds for both dialects. It is
 * conservative: a rule that names a refused member for an innocent reason is refused too.
 */
final class RulePolicy {
  private static final Set<String> SKIP_NEXT = Set.of("package", "rule", "query");
  private static final Set<String> RULE_ATTRIBUTES_REFUSED = Set.of("timer", "calendars", "duration");

  private RulePolicy() {}

  /** The policy problems of every file, each at its line and column. */
  static List<Problem> check(List<DrlOutline> outlines) {
    Set<String> declared = new HashSet<>();
    Set<String> declaredQualified = new HashSet<>();
    Set<String> packages = new HashSet<>();
    for (DrlOutline o : outlines) {
      if (o.compilableText() != null) {
        packages.add(o.packageName());
        for (String type : o.declaredTypes()) {
          declared.add(type);
          declaredQualified.add(o.packageName() + "." + type);
        }
      }
    }
    List<Problem> problems = new ArrayList<>();
    for (DrlOutline o : outlines) {
      if (!isBuiltInAsBuilt(o)) {
        new FileCheck(o, declared, declaredQualified, packages, problems).run();
      }
    }
    return problems;
  }

  /**
   * A built-in file whose outline the build stored: the built-in pack is trusted (SECURITY.md), and
   * the build refuses to store the outlines of a pack that fails this check. A copy of it in a
   * user's folder is checked like any other file of that folder.
   */
  private static boolean isBuiltInAsBuilt(DrlOutline o) {
    return o.file().layer() == 0 && o.descr() == null && o.compilableText() != null;
  }

  /** The check of one file; collects at most one problem per refused name and place. */
  private record FileCheck(DrlOutline outline, Set<String> declared, Set<String> declaredQualified,
      Set<String> packages, List<Problem> problems, Set<String> reported) {

    FileCheck(DrlOutline outline, Set<String> declared, Set<String> declaredQualified, Set<String> packages,
        List<Problem> problems) {
      this(outline, declared, declaredQualified, packages, problems, new HashSet<>());
    }

    void run() {
      String text = outline.file().text();
      DrlCode code = new DrlCode(text);
      int escape = text.indexOf("\\u");
      if (escape >= 0) {
        refuse(code, escape, "\\u escapes", "Java reads them before comments and strings: write the character itself",
            "uses");
      }
      checkDescr(code);
      List<Name> names = code.names();
      boolean importing = false;
      for (int i = 0; i < names.size(); i++) {
        Name name = names.get(i);
        String first = name.first();
        if (name.afterAt()) {
          continue;
        }
        boolean keyword = !name.afterDot() && name.segments().size() == 1;
        if (keyword && name.lineStart() && SKIP_NEXT.contains(first) && namedBare(text, name)) {
          i++; // the package's or the rule's own name
          continue;
        }
        if (keyword && first.equals("import")) {
          importing = true;
          continue;
        }
        if (importing && keyword && (first.equals("function") || first.equals("accumulate") || first.equals("static"))) {
          continue;
        }
        checkName(code, name, importing ? "imports" : "uses");
        importing = false;
      }
    }

    /** Whether an unquoted name follows the keyword, as in {@code rule Name}; a quoted one is blanked. */
    private static boolean namedBare(String text, Name keyword) {
      int i = keyword.start() + keyword.first().length();
      while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      return i < text.length() && Character.isJavaIdentifierStart(text.charAt(i));
    }

    private void checkName(DrlCode code, Name name, String verb) {
      List<String> segments = name.segments();
      int firstMember;
      if (name.afterDot()) {
        firstMember = 0;
      } else if (first(segments).startsWith("$")) {
        firstMember = 1;
      } else if (Character.isUpperCase(first(segments).charAt(0))) {
        if (!PolicyNames.allowedSimpleType(first(segments), declared)) {
          refuse(code, name.start(), first(segments), PolicyNames.reason(first(segments)), verb);
          return;
        }
        firstMember = 1;
      } else {
        int type = typeIndex(segments, name.wildcard());
        if (type >= 0) {
          String pkg = String.join(".", segments.subList(0, type));
          String simple = type < segments.size() ? segments.get(type) : null;
          if (!PolicyNames.allowedQualified(pkg, simple, declaredQualified, packages)) {
            String written = simple == null ? pkg + ".*" : pkg + "." + simple;
            refuse(code, name.start(), written, PolicyNames.reason(written), verb);
            return;
          }
          firstMember = type + 1;
        } else {
          firstMember = 0;
        }
      }
      for (String member : segments.subList(Math.min(firstMember, segments.size()), segments.size())) {
        Optional<String> why = PolicyNames.refusedMember(member);
        if (why.isPresent()) {
          refuse(code, name.start(), member, why.get(), verb);
          return;
        }
      }
    }

    /**
     * Where the type's simple name is in a qualified name such as {@code java.lang.System.exit}: the
     * first capitalised segment after lower-case ones; the length for {@code java.util.*}; -1 when the
     * name is a variable's, such as {@code a.parties}.
     */
    private static int typeIndex(List<String> segments, boolean wildcard) {
      for (int k = 1; k < segments.size(); k++) {
        if (Character.isUpperCase(segments.get(k).charAt(0))) {
          return k;
        }
      }
      return wildcard ? segments.size() : -1;
    }

    private static String first(List<String> segments) {
      return segments.get(0);
    }

    /**
     * What the parser knows and the text does not say by name: globals and timer attributes. An
     * outline stored by the build has no parse to read; its text, the same as a built-in file's,
     * passed this check when the build stored it, and the check depends on the file alone.
     */
    private void checkDescr(DrlCode code) {
      PackageDescr pkg = outline.descr();
      if (pkg == null) {
        return;
      }
      for (GlobalDescr g : pkg.getGlobals()) {
        problems.add(new Problem(outline.file().displayName(), g.getLine(), Math.max(1, g.getColumn()),
            "the file declares global \"" + g.getIdentifier() + "\", which rule packs may not use ("
                + "state shared between cases: put what a rule needs in a fact)"));
      }
      for (RuleDescr rule : pkg.getRules()) {
        for (String attribute : rule.getAttributes().keySet()) {
          if (RULE_ATTRIBUTES_REFUSED.contains(attribute)) {
            problems.add(new Problem(outline.file().displayName(), rule.getLine(), Math.max(1, rule.getColumn()),
                "rule \"" + rule.getName() + "\" uses " + attribute + ", which rule packs may not use (threads)"));
          }
        }
      }
    }

    private void refuse(DrlCode code, int offset, String what, String why, String verb) {
      String where = where(offset);
      if (reported.add(where + " " + what)) { // the first use in each rule is enough to find the others
        problems.add(new Problem(outline.file().displayName(), code.line(offset), code.column(offset),
            where + " " + verb + " " + what + ", which rule packs may not use (" + why + ")"));
      }
    }

    /** The rule, function or declared type the offset is in, as the message names it. */
    private String where(int offset) {
      PackageDescr pkg = outline.descr();
      if (pkg == null) {
        for (DrlOutline.RuleOutline r : outline.rules()) {
          if (r.start() <= offset && offset < r.end()) {
            return "rule \"" + r.name() + "\"";
          }
        }
      } else {
        for (RuleDescr r : pkg.getRules()) {
          if (contains(r, offset)) {
            return "rule \"" + r.getName() + "\"";
          }
        }
        for (FunctionDescr f : pkg.getFunctions()) {
          if (contains(f, offset)) {
            return "function \"" + f.getName() + "\"";
          }
        }
        for (TypeDeclarationDescr t : pkg.getTypeDeclarations()) {
          if (contains(t, offset)) {
            return "declared type \"" + t.getTypeName() + "\"";
          }
        }
      }
      return "the file";
    }

    private static boolean contains(BaseDescr d, int offset) {
      return d.getStartCharacter() >= 0 && d.getStartCharacter() <= offset && offset <= d.getEndCharacter();
    }
  }
}
