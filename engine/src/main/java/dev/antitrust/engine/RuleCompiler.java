package dev.antitrust.engine;

import dev.antitrust.model.Problem;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.conf.EqualityBehaviorOption;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * Compiles DRL text into a KieBase, turning Drools' messages into problems located in the user's own
 * files. Uses the knowledge builder rather than a KieModule: its errors keep the rule and the Java
 * compiler's own problems, which is what maps a consequence's error back to its DRL line.
 */
final class RuleCompiler {

  private RuleCompiler() {}

  /**
   * Compiles the files. On errors adds them to {@code problems} and returns null.
   *
   * @param sources the DRL text to compile by file, which may differ from the file on disk where a
   *     rule was dropped by a later layer or does not parse
   */
  static KieBase compile(Map<RuleFile, String> sources, List<Problem> problems) {
    return classic(sources, problems);
  }

  /**
   * Builds the pack from executable-model modules, one per compile unit, taking each from the store
   * or compiling and storing it; falls back to the classic compile when a module is neither stored
   * nor storable, or the executable model cannot compile it.
   *
   * @param byPackage the same sources as {@code sources}, by DRL package
   */
  static KieBase compile(Map<RuleFile, String> sources, Map<String, Map<RuleFile, String>> byPackage,
      RuleModuleStore store, List<Problem> problems) {
    List<Model> models = new ArrayList<>();
    boolean complete = true;
    Map<String, Map<RuleFile, String>> units = compileUnits(byPackage);
    Map<String, String> keys = new HashMap<>();
    units.forEach((name, files) -> keys.put(name, RuleModule.key(name, files, RiskEngine.VERSION)));
    // The modules built into the jar load in parallel: making a module's model objects runs its
    // rules' code for the first time, a good part of a cold start. In order of the units after.
    Map<String, Optional<List<Model>>> builtIn = new java.util.concurrent.ConcurrentHashMap<>();
    keys.entrySet().parallelStream().forEach(e -> builtIn.put(e.getKey(), store.builtIn(e.getValue())));
    for (Map.Entry<String, Map<RuleFile, String>> unit : units.entrySet()) {
      String key = keys.get(unit.getKey());
      // Every unit is tried even after one failed, so the cache fills in one run.
      List<Model> loaded = builtIn.get(unit.getKey()).orElseGet(() -> loadOrCompile(key, unit.getKey(), unit.getValue(), store));
      if (loaded == null) {
        complete = false;
      } else {
        models.addAll(loaded);
      }
    }
    if (!complete) {
      return classic(sources, problems);
    }
    return KieBaseBuilder.createKieBaseFromModel(models, kieBaseConfiguration());
  }

  /**
   * Packages compiled together, by their names joined with {@code +}: a package that names a type
   * or function of another (a declared indicator type, say) is compiled with it, since the
   * executable model resolves such names only within one compilation.
   */
  static Map<String, Map<RuleFile, String>> compileUnits(Map<String, Map<RuleFile, String>> byPackage) {
    List<String> names = new ArrayList<>(byPackage.keySet());
    Map<String, String> parent = new HashMap<>();
    names.forEach(n -> parent.put(n, n));
    for (String from : names) {
      String code = byPackage.get(from).values().stream().map(DrlCode::blankCommentsAndLiterals)
          .collect(java.util.stream.Collectors.joining("\n"));
      for (String to : names) {
        if (!to.equals(from) && code.contains(to + ".")) {
          parent.put(root(parent, from), root(parent, to));
        }
      }
    }
    Map<String, List<String>> members = new java.util.TreeMap<>();
    names.forEach(n -> members.computeIfAbsent(root(parent, n), k -> new ArrayList<>()).add(n));
    Map<String, Map<RuleFile, String>> units = new java.util.TreeMap<>();
    for (List<String> group : members.values()) {
      group.sort(null);
      Map<RuleFile, String> files = new java.util.LinkedHashMap<>();
      group.forEach(p -> files.putAll(byPackage.get(p)));
      units.put(String.join("+", group), files);
    }
    return units;
  }

  private static String root(Map<String, String> parent, String name) {
    String r = name;
    while (!parent.get(r).equals(r)) {
      r = parent.get(r);
    }
    return r;
  }

  /** A module not built into the jar: from the cache, else compiled and stored. */
  private static List<Model> loadOrCompile(String key, String packageName, Map<RuleFile, String> files,
      RuleModuleStore store) {
    Optional<byte[]> stored = store.find(key);
    if (stored.isPresent()) {
      try {
        return RuleModule.load(stored.get());
      } catch (RuntimeException | LinkageError e) {
        store.forget(key); // damaged or from another build: compiled again below
      }
    }
    if (!store.canStore() || store.isClassicOnly(key)) {
      return null;
    }
    Optional<String> unsupported = ExecutableModelLimits.unsupported(files);
    if (unsupported.isPresent()) {
      store.markClassicOnly(key, packageName + " (" + unsupported.get() + ")");
      return null;
    }
    Map<RuleFile, String> inlined = ThresholdInlining.inline(files);
    byte[] jar = RuleModule.compile(inlined);
    if (jar == null && inlined != files) {
      jar = RuleModule.compile(files); // a rewrite that went wrong is undone
    }
    if (jar == null) {
      store.markClassicOnly(key, packageName);
      return null;
    }
    store.store(key, jar);
    return RuleModule.load(jar);
  }

  /**
   * Compiles the sources with their thresholds inlined ({@link ThresholdInlining}); when that fails,
   * compiles them as written, so that errors point at the user's own lines and columns.
   */
  private static KieBase classic(Map<RuleFile, String> sources, List<Problem> problems) {
    Map<RuleFile, String> inlined = ThresholdInlining.inline(sources);
    if (inlined != sources) {
      KieBase base = classicAsGiven(inlined, new ArrayList<>());
      if (base != null) {
        return base;
      }
    }
    return classicAsGiven(sources, problems);
  }

  private static KieBase classicAsGiven(Map<RuleFile, String> sources, List<Problem> problems) {
    KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
    CompositeKnowledgeBuilder batch = builder.batch();
    Map<String, RuleFile> byPath = new HashMap<>();
    Map<String, String> texts = new HashMap<>();
    sources.forEach((file, text) -> {
      String path = RulePackSources.BUILTIN_ROOT + file.path();
      byPath.put(path, file);
      texts.put(path, text);
      batch.add(ResourceFactory.newByteArrayResource(text.getBytes(StandardCharsets.UTF_8)).setSourcePath(path),
          ResourceType.DRL);
    });
    batch.build();
    if (builder.hasErrors()) {
      int before = problems.size();
      for (KnowledgeBuilderError e : builder.getErrors()) {
        String path = e.getResource() == null ? null : e.getResource().getSourcePath();
        RuleFile file = path == null ? null : byPath.get(path);
        problems.addAll(CompileErrors.toProblems(e, file == null ? "rule pack" : file.displayName(), texts.get(path)));
      }
      if (problems.size() == before) {
        problems.add(Problem.at("rule pack", "the rules did not compile, and Drools gave no location"));
      }
      return null;
    }
    InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase(kieBaseConfiguration());
    base.addPackages(builder.getKnowledgePackages());
    return base;
  }

  private static KieBaseConfiguration kieBaseConfiguration() {
    KieBaseConfiguration config = KieServices.get().newKieBaseConfiguration();
    // Facts are told apart by identity: hashing every inserted record by value (the Case with all its
    // lists, a hundred thresholds) took a sixth of a case's time. Two equal indicator facts are still
    // one fact, because the rules derive them with insertLogical, whose truth maintenance compares by
    // value in either mode (records by their components, declared types by their @key fields); a
    // case's own facts are made distinct by value in Case.facts(). FactIdentityTest holds all three.
    config.setOption(EqualityBehaviorOption.IDENTITY);
    return config;
  }
}
