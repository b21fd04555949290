package dev.antitrust.engine;

import dev.antitrust.model.Problem;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.conf.EqualityBehaviorOption;
import org.kie.api.runtime.KieContainer;

/**
 * Compiles DRL text into a KieBase, turning Drools' messages into problems located in the user's own
 * files.
 */
final class RuleCompiler {
  private static final String RESOURCES = "src/main/resources/";
  private static final AtomicLong BUILDS = new AtomicLong();
  /** Drools writes the DRL line and column into the text, e.g. "[ERR 101] Line 3:11 no viable ...". */
  private static final Pattern LINE_IN_TEXT = Pattern.compile("^\\[ERR \\d+\\] Line (\\d+):(\\d+) ");

  private RuleCompiler() {}

  /**
   * Compiles the files. On errors adds them to {@code problems} and returns null.
   *
   * @param sources the DRL text to compile by file, which may differ from the file on disk where a
   *     rule was dropped by a later layer
   */
  static KieBase compile(Map<RuleFile, String> sources, List<Problem> problems) {
    KieServices ks = KieServices.get();
    KieFileSystem kfs = ks.newKieFileSystem();
    // A fresh release id per build, so engines built in one JVM never share or replace a module.
    ReleaseId releaseId = ks.newReleaseId("dev.antitrust.pack", "build-" + BUILDS.incrementAndGet(), "1.0.0");
    kfs.generateAndWritePomXML(releaseId);
    Map<String, String> displayNames = new TreeMap<>();
    sources.forEach((file, text) -> {
      String path = RulePackSources.BUILTIN_ROOT + file.path();
      kfs.write(RESOURCES + path, text);
      displayNames.put(path, file.displayName());
    });
    KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
    List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
    if (!errors.isEmpty()) {
      for (Message m : errors) {
        toProblem(m, displayNames).ifPresent(problems::add);
      }
      if (problems.isEmpty()) {
        problems.add(Problem.at("rule pack", "the rules did not compile, and Drools gave no location"));
      }
      ks.getRepository().removeKieModule(releaseId);
      return null;
    }
    KieContainer container = ks.newKieContainer(releaseId);
    KieBaseConfiguration config = ks.newKieBaseConfiguration();
    // Records are compared by value, so two equal indicator facts are one fact: a derivation that
    // fires twice for the same figures cannot double-count.
    config.setOption(EqualityBehaviorOption.EQUALITY);
    KieBase base = container.newKieBase(config);
    // The base lives on; the module in the global repository is not needed again.
    ks.getRepository().removeKieModule(releaseId);
    return base;
  }

  private static java.util.Optional<Problem> toProblem(Message m, Map<String, String> displayNames) {
    String text = m.getText() == null ? "" : m.getText().strip();
    if (text.startsWith("Parser returned a null Package")) {
      return java.util.Optional.empty(); // always follows a real parse error in the same file
    }
    String file = displayFor(m.getPath(), displayNames);
    int line = Math.max(0, m.getLine());
    int column = Math.max(0, m.getColumn());
    Matcher lc = LINE_IN_TEXT.matcher(text);
    if (lc.find()) {
      line = Integer.parseInt(lc.group(1));
      column = Integer.parseInt(lc.group(2)) + 1; // ANTLR counts columns from 0
      text = text.substring(lc.end());
    }
    return java.util.Optional.of(new Problem(file, line, column, cleanup(text)));
  }

  private static String displayFor(String path, Map<String, String> displayNames) {
    if (path == null) {
      return "rule pack";
    }
    String p = path.startsWith(RESOURCES) ? path.substring(RESOURCES.length()) : path;
    return displayNames.getOrDefault(p, p);
  }

  /** Keeps the first line; the rest of a Drools message repeats the rule text or generated code. */
  static String cleanup(String text) {
    String first = text.lines().map(String::strip).filter(s -> !s.isEmpty()).findFirst().orElse(text);
    return first.replaceAll("\\s+", " ");
  }
}
