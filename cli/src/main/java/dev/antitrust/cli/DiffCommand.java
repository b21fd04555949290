package dev.antitrust.cli;

import dev.antitrust.engine.RiskEngine;
import dev.antitrust.engine.casefile.CaseReader;
import dev.antitrust.model.AntitrustException;
import dev.antitrust.model.Case;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code antitrust diff}: which cases' concerns change between two rule sets, and how. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    usageHelpAutoWidth = true,
    description = {"Assesses cases with two rule sets and reports the cases whose concerns change.",
        "A concern changes when it is added, removed or re-ranked, or its severity or",
        "score changes. Each rule set is the built-in pack with the given folders",
        "layered over it, as with --rules; with no --before, the built-in pack alone."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {" 0:Done (and nothing changed, with --fail-on-change).",
        " 1:A case's concerns changed and --fail-on-change was given.",
        " 2:Usage, input or rule error.", ExitCodes.HELP_INTERNAL})
final class DiffCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  RuleDirectories rules;

  @Option(names = "--before", paramLabel = "DIR", description = "A rule folder of the old rule set; repeatable.")
  List<Path> before = new ArrayList<>();

  @Option(names = "--after", paramLabel = "DIR", required = true,
      description = "A rule folder of the new rule set; repeatable.")
  List<Path> after = new ArrayList<>();

  @Option(names = "--fail-on-change", description = "Exit 1 when any case's concerns change.")
  boolean failOnChange;

  @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Case files, or directories of them.")
  List<Path> inputs = new ArrayList<>();

  @Override
  public Integer call() {
    List<Path> files = caseFiles();
    RiskEngine old = rules.engine(before, "--before");
    RiskEngine now = rules.engine(after, "--after");
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Map<CaseDiff.Kind, Integer> counts = new EnumMap<>(CaseDiff.Kind.class);
    int changed = 0;
    int failed = 0;
    for (Path file : files) {
      List<CaseDiff.Change> changes;
      String caseId;
      try {
        Case theCase = CaseReader.read(file);
        caseId = theCase.id();
        changes = CaseDiff.changes(old.assess(theCase), now.assess(theCase));
      } catch (AntitrustException e) {
        e.problems().forEach(err::println);
        failed++;
        continue;
      }
      if (!changes.isEmpty()) {
        changed++;
        out.println(caseId + " (" + file + ")");
        changes.forEach(c -> out.println("  " + c.line()));
        changes.forEach(c -> counts.merge(c.kind(), 1, Integer::sum));
      }
    }
    out.println((changed == 0 ? "" : "\n") + String.format(Locale.ROOT,
        "%d of %d cases changed: %d added, %d removed, %d re-ranked, %d severity changed, %d score changed",
        changed, files.size(), counts.getOrDefault(CaseDiff.Kind.ADDED, 0), counts.getOrDefault(CaseDiff.Kind.REMOVED, 0),
        counts.getOrDefault(CaseDiff.Kind.RERANKED, 0), counts.getOrDefault(CaseDiff.Kind.SEVERITY, 0),
        counts.getOrDefault(CaseDiff.Kind.SCORE, 0)));
    if (failed > 0) {
      err.println(failed + (failed == 1 ? " case" : " cases") + " could not be compared");
      return ExitCodes.INVALID;
    }
    return failOnChange && changed > 0 ? ExitCodes.CONCERNS : ExitCodes.DONE;
  }

  /** The inputs, directories expanded to their case files (golden files left out), sorted. */
  private List<Path> caseFiles() {
    List<Path> files = new ArrayList<>();
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        try (Stream<Path> walk = Files.walk(input)) {
          walk.filter(Files::isRegularFile).filter(DiffCommand::isCaseFile).sorted().forEach(files::add);
        } catch (IOException | UncheckedIOException e) {
          throw new ParameterException(spec.commandLine(), "Cannot list '" + input + "': " + e.getMessage());
        }
      } else if (Files.isRegularFile(input)) {
        files.add(input);
      } else {
        throw new ParameterException(spec.commandLine(), "No such file or directory: '" + input + "'");
      }
    }
    return files;
  }

  private static boolean isCaseFile(Path p) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json")) && !name.contains(".golden.");
  }
}
