package dev.antitrust.cli;

import dev.antitrust.engine.GoldenCaseRunner;
import dev.antitrust.engine.GoldenResult;
import dev.antitrust.engine.RiskEngine;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code antitrust test}: runs golden cases and reports each as passed, or expected beside actual. */
@Command(
    name = "test",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    usageHelpAutoWidth = true,
    description = {"Runs golden cases and reports which pass, and which rules they cover.",
        "A golden case is a YAML file with a case (case: inline, or casePath: relative",
        "to the file) and what must happen: expect (rule, rank, severity, evidence),",
        "expectAbsent, expectOrder. A directory is searched for *.golden.yaml files."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {" 0:Every golden case passed (and coverage met --fail-under).",
        " 1:A golden case failed, or coverage is below --fail-under.",
        " 2:Usage error, a golden case that cannot run, or a rule error.", ExitCodes.HELP_INTERNAL})
final class TestCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  RuleDirectories rules;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Golden case files, or directories of them.")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--coverage", description = "List the rules that no golden case fires.")
  boolean coverage;

  @Option(names = "--fail-under", paramLabel = "PCT",
      description = "Exit 1 when fewer than PCT percent of the rules fire in some golden case. Implies --coverage.")
  Double failUnder;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: text or junit (JUnit XML, for CI). Default: ${DEFAULT-VALUE}.")
  String format;

  @Option(names = "--watch",
      description = "Run, then run again each time a file in a --rules folder or a golden case (YAML or JSON"
          + " under PATH) changes, until Ctrl-C (exit code 0).")
  boolean watch;

  /** Hears of the --watch loop before it starts: Ctrl-C stops it; tests stop it themselves. */
  Consumer<WatchLoop> watching = WatchLoop::stopOnCtrlC;

  @Override
  public Integer call() {
    if (!format.equals("text") && !format.equals("junit")) {
      throw new ParameterException(spec.commandLine(),
          "Invalid value for option '--format': '" + format + "' is not an output format; expected one of text, junit");
    }
    if (failUnder != null && (failUnder < 0 || failUnder > 100)) {
      throw new ParameterException(spec.commandLine(),
          "Invalid value for option '--fail-under': " + failUnder + " is not a percentage from 0 to 100");
    }
    for (Path path : paths) {
      if (!Files.exists(path)) {
        throw new ParameterException(spec.commandLine(), "No such file or directory: '" + path + "'");
      }
    }
    if (watch) {
      WatchLoop.LazyEngine engine = new WatchLoop.LazyEngine(rules::engine);
      WatchLoop loop = new WatchLoop(rules.checkedDirectories(), paths, rulesChanged -> {
        if (rulesChanged) {
          engine.rulesChanged();
        }
        runOnce(engine.get());
      }, spec.commandLine().getOut(), spec.commandLine().getErr(), false);
      watching.accept(loop);
      return loop.run();
    }
    return runOnce(rules.engine());
  }

  /** Runs every golden case once and reports; returns the exit code. */
  private int runOnce(RiskEngine engine) {
    GoldenCaseRunner runner = new GoldenCaseRunner(engine);
    List<GoldenResult> results = runner.run(paths);
    if (results.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "No golden cases (*.golden.yaml) under " + paths);
    }
    List<String> notFired = runner.rulesNotFired(results);
    int total = engine.rules().size();
    double covered = total == 0 ? 100 : 100.0 * (total - notFired.size()) / total;
    PrintWriter out = spec.commandLine().getOut();
    if (format.equals("junit")) {
      out.print(GoldenReport.junit(results));
    } else {
      GoldenReport.text(results).forEach(out::println);
      if (coverage || failUnder != null) {
        out.println(String.format(Locale.ROOT, "Coverage: %d of %d rules fired in some golden case (%.1f%%)",
            total - notFired.size(), total, covered) + (failUnder == null ? ""
                : String.format(Locale.ROOT, "; --fail-under %.1f%%: %s", failUnder, covered >= failUnder ? "met" : "NOT met")));
        notFired.forEach(id -> out.println("  never fired: " + id));
      }
    }
    if (results.stream().anyMatch(GoldenResult::isError)) {
      return ExitCodes.INVALID;
    }
    boolean failed = results.stream().anyMatch(r -> !r.passed()) || (failUnder != null && covered < failUnder);
    return failed ? ExitCodes.CONCERNS : ExitCodes.DONE;
  }
}
