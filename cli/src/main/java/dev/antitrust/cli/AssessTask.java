package dev.antitrust.cli;

import dev.antitrust.engine.RiskEngine;
import dev.antitrust.engine.casefile.CaseReader;
import dev.antitrust.model.AntitrustException;
import dev.antitrust.model.Assessment;
import dev.antitrust.model.Case;
import dev.antitrust.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Does the work of {@code assess}: reads every case, builds the engine once, assesses and renders.
 * A case that cannot be read or assessed is reported and skipped, and the run ends with exit code 2.
 */
final class AssessTask {
  /** The classpath resource of the bundled sample case, shipped by the rules module. */
  static final String SAMPLE_RESOURCE = "dev/antitrust/samples/spacexai-anthropic-colossus.yaml";

  /** The name the sample case goes by in error messages. */
  static final String SAMPLE_NAME = "spacexai-anthropic-colossus.yaml";

  private final AssessOptions options;
  private final PrintWriter out;
  private final PrintWriter err;
  private int failedCases;
  /** Where each case came from, by case id, for output formats that point at the file. */
  private final Map<String, String> sources = new LinkedHashMap<>();

  AssessTask(AssessOptions options, PrintWriter out, PrintWriter err) {
    this.options = options;
    this.out = out;
    this.err = err;
  }

  /**
   * Runs once and returns the exit code; a rule pack that does not load throws, ending the run. With
   * {@code --out}, the output goes to that file, which appears only once complete.
   */
  int run() {
    return run(new EngineBuild(() -> buildEngine(options)).start());
  }

  /**
   * {@code assess --watch}: runs, then runs again after each change to a rule folder or case file,
   * building the engine again only when a rule file changed.
   *
   * @param started hears of the loop before it starts, so that Ctrl-C or a test can stop it
   */
  static int watch(AssessOptions options, PrintWriter out, PrintWriter err, Consumer<WatchLoop> started) {
    WatchLoop.LazyEngine engine = new WatchLoop.LazyEngine(() -> buildEngine(options));
    WatchLoop loop = new WatchLoop(options.ruleDirectories(), options.cases(), rulesChanged -> {
      if (rulesChanged) {
        engine.rulesChanged();
      }
      new AssessTask(options, out, err).run(engine);
    }, out, err, options.verbose());
    started.accept(loop);
    return loop.run();
  }

  /** Runs once with the engine {@code engines} gives, asked for only when there is a case to assess. */
  int run(Supplier<RiskEngine> engines) {
    if (options.out().isEmpty()) {
      return run(engines, out);
    }
    try (AtomicOutput file = AtomicOutput.open(options.out().get())) {
      PrintWriter writer = new PrintWriter(file.writer());
      int exitCode = run(engines, writer);
      writer.flush();
      if (writer.checkError()) {
        throw new IOException("cannot write " + options.out().get());
      }
      file.commit();
      return exitCode;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private int run(Supplier<RiskEngine> engines, PrintWriter target) {
    // Reading first reports a mistyped path at once, before the rule pack takes seconds to compile.
    List<Case> cases = new ArrayList<>();
    if (options.cases().isEmpty()) {
      Case sample = readSample();
      sources.put(sample.id(), SAMPLE_NAME);
      cases.add(sample);
    } else {
      options.cases().forEach(file -> read(file).ifPresent(c -> {
        sources.putIfAbsent(c.id(), file.toString());
        cases.add(c);
      }));
    }
    List<Assessment> assessments = new ArrayList<>();
    Map<String, Case> assessed = new LinkedHashMap<>();
    RiskEngine engine = null;
    if (!cases.isEmpty()) {
      engine = engines.get();
      if (options.whyNot().isPresent()) {
        return whyNot(engine, cases, options.whyNot().get(), target);
      }
      for (Case original : cases) {
        Case theCase = options.asOf().map(original::withAsOf).orElse(original);
        assess(engine, theCase).ifPresent(a -> {
          assessments.add(a);
          assessed.putIfAbsent(a.caseId(), theCase);
        });
      }
    }
    options.format().renderer(sources, assessed, engine).render(assessments, options.cases().size() > 1, target);
    if (failedCases > 0) {
      err.println("Try 'antitrust assess --help' for more information.");
    }
    return ExitCodes.compute(assessments, failedCases, options.failOn());
  }

  /** {@code --why-not}: for each case, whether the rule fired and, if not, its nearest miss. */
  private int whyNot(RiskEngine engine, List<Case> cases, String ruleId, PrintWriter target) {
    if (engine.rules().stream().noneMatch(r -> r.id().equals(ruleId))) {
      String disabled = engine.rulePack().disabled().stream().filter(d -> d.id().equals(ruleId))
          .map(d -> "rule '" + ruleId + "' is disabled: " + d.reason()).findFirst().orElse(null);
      err.println(disabled != null ? disabled
          : "unknown rule '" + ruleId + "'" + RuleTable.suggestion(ruleId, engine.rules())
              + "; 'antitrust rules list' shows them all");
      err.println("Try 'antitrust assess --help' for more information.");
      return ExitCodes.INVALID;
    }
    List<WhyNotReport> reports = new ArrayList<>();
    List<Assessment> headers = new ArrayList<>();
    for (Case original : cases) {
      Case theCase = options.asOf().map(original::withAsOf).orElse(original);
      try {
        Assessment header = engine.assess(theCase);
        headers.add(header);
        reports.add(WhyNotReport.of(header, engine.whyNot(theCase, ruleId)));
      } catch (AntitrustException e) {
        fail(e);
      }
    }
    WhyNotReport.print(reports, headers, options.format(), options.cases().size() > 1, target);
    if (failedCases > 0) {
      err.println("Try 'antitrust assess --help' for more information.");
    }
    return failedCases > 0 ? ExitCodes.INVALID : ExitCodes.DONE;
  }

  private static RiskEngine buildEngine(AssessOptions options) {
    return EngineCache.forRules(options.ruleDirectories(), options.trustRules(), options.caseTimeout());
  }

  private Optional<Case> read(Path file) {
    if (!Files.exists(file)) {
      return fail(Problem.at(file.toString(), "no such file"));
    }
    if (Files.isDirectory(file)) {
      return fail(Problem.at(file.toString(), "is a directory, not a case file"));
    }
    try {
      return Optional.of(CaseReader.read(file));
    } catch (AntitrustException e) {
      return fail(e);
    } catch (UncheckedIOException e) {
      // Unreadable is bad input, like missing: the user can fix it, so it is no internal error.
      return fail(Problem.at(file.toString(), "cannot read: " + e.getCause().getMessage()));
    }
  }

  private Optional<Assessment> assess(RiskEngine engine, Case theCase) {
    try {
      return Optional.of(engine.assess(theCase, options.explain() || options.format().explains()));
    } catch (AntitrustException e) {
      return fail(e);
    }
  }

  private <T> Optional<T> fail(AntitrustException e) {
    failedCases++;
    ErrorPrinter.problems(err, e, options.verbose());
    return Optional.empty();
  }

  private <T> Optional<T> fail(Problem problem) {
    failedCases++;
    ErrorPrinter.problem(err, problem);
    return Optional.empty();
  }

  /** Reads the bundled sample case; its absence is a packaging bug, so an internal error. */
  private static Case readSample() {
    try (InputStream in = AssessTask.class.getClassLoader().getResourceAsStream(SAMPLE_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "the bundled sample case is not on the classpath: " + SAMPLE_RESOURCE);
      }
      return CaseReader.read(SAMPLE_NAME, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled sample case " + SAMPLE_RESOURCE, e);
    }
  }
}
