package dev.antitrust.cli;

import dev.antitrust.engine.batch.BatchRequest;
import dev.antitrust.model.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code antitrust batch}: parses and checks the options, then hands over to {@link BatchTask}. */
@Command(
    name = "batch",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Screens many cases in one streaming run, and accounts for every one of them.",
      "Reads JSON Lines files (one case per line), directories of case files (*.yaml,",
      "*.yml, *.json, *.jsonl, recursively) and - for standard input, in one run.",
      "Writes one record per input case, a result or an error, in input order; a",
      "summary goes to standard error, and with --out a run record to FILE.run.json."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      ExitCodes.HELP_DONE, ExitCodes.HELP_CONCERNS, " 2:An error record, or a usage or rule error.",
      ExitCodes.HELP_INTERNAL
    })
final class BatchCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @ParentCommand
  AntitrustCommand parent;

  @Parameters(paramLabel = "INPUT", arity = "1..*",
      description = "JSON Lines files, directories of case files, or - for standard input.")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--out", paramLabel = "FILE",
      description = {"Write the records here, complete or not at all (a temporary file is renamed",
          "into place when the run ends), and the run record to FILE.run.json.",
          "Default: standard output, and no run record."})
  Path out;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
      converter = Converters.BatchFormatConverter.class,
      completionCandidates = Converters.BatchFormatNames.class,
      description = "Output format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  BatchFormat format;

  @Option(names = "--threads", paramLabel = "N",
      description = "Worker threads. Default: one per processor.")
  Integer threads;

  @Mixin
  RuleDirectories rules;

  @Option(names = "--fail-on", paramLabel = "SEVERITY",
      converter = Converters.SeverityConverter.class,
      completionCandidates = Converters.SeverityNames.class,
      description = "Exit 1 when a concern is this severe or more: ${COMPLETION-CANDIDATES}.")
  Severity failOn;

  @Option(names = "--max-errors", paramLabel = "N", defaultValue = "0",
      description = "Stop after N error records, and say so. Default: never (0).")
  long maxErrors;

  @Option(names = "--quiet", description = "No progress and no error lines on standard error; the summary stays.")
  boolean quiet;

  @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = ExternalBatch.LOCAL,
      description = {"Where the cases are assessed: local (worker threads in this JVM) or spark",
          "(Apache Spark, with --master; the antitrust launcher adds Spark to the classpath).",
          "Default: ${DEFAULT-VALUE}."})
  String engine;

  @Option(names = "--master", paramLabel = "URL",
      description = "With --engine spark: the Spark master, e.g. local[2]. Default: local[*].")
  String master;

  @Option(names = "--case-timeout", paramLabel = "DURATION", converter = Converters.DurationConverter.class,
      description = "Stop a case whose rules run longer than this (an error record), e.g. 10s. Default: 10s.")
  Duration caseTimeout;

  @Override
  public Integer call() throws IOException, InterruptedException {
    int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (workers < 1) {
      throw usage("--threads", "must be at least 1, got " + workers);
    }
    if (maxErrors < 0) {
      throw usage("--max-errors", "must not be negative, got " + maxErrors);
    }
    if (inputs.stream().filter("-"::equals).count() > 1) {
      throw new ParameterException(spec.commandLine(), "Standard input (-) can be read only once");
    }
    for (String input : inputs) {
      if (!input.equals("-") && !Files.exists(Path.of(input))) {
        throw new ParameterException(spec.commandLine(), "No such file or directory: '" + input + "'");
      }
    }
    if (out != null && Files.isDirectory(out)) {
      throw usage("--out", "'" + out + "' is a directory");
    }
    if (out != null && !Files.isDirectory(out.toAbsolutePath().getParent())) {
      throw usage("--out", "the directory of '" + out + "' does not exist");
    }
    // The whole command line as typed, global options included.
    List<String> arguments = spec.commandLine().getParseResult().originalArgs();
    if (!engine.equals(ExternalBatch.LOCAL)) {
      return external(arguments);
    }
    if (master != null) {
      throw usage("--master", "applies only with --engine spark");
    }
    BatchOptions options = new BatchOptions(inputs, Optional.ofNullable(out), format, workers,
        rules.checkedDirectories(), Optional.ofNullable(failOn), maxErrors, quiet, arguments, rules.trustRules,
        Optional.ofNullable(caseTimeout));
    InputStream stdin = parent == null ? System.in : parent.stdin;
    return new BatchTask(options, stdin, spec.commandLine().getOut(), spec.commandLine().getErr()).run();
  }

  /** Hands the run to another engine, refusing the options that only the local pipeline has. */
  private int external(List<String> arguments) throws IOException {
    if (format != BatchFormat.JSONL) {
      throw usage("--format", "--engine " + engine + " writes jsonl; spark-submit can also write Parquet");
    }
    if (threads != null) {
      throw usage("--threads", "does not apply to --engine " + engine + "; give --master local[N] instead");
    }
    if (maxErrors != 0) {
      throw usage("--max-errors", "does not apply to --engine " + engine + ": a distributed run does not stop early");
    }
    if (inputs.contains("-")) {
      throw new ParameterException(spec.commandLine(), "--engine " + engine + " cannot read standard input (-)");
    }
    BatchRequest request = new BatchRequest(inputs, Optional.ofNullable(out), rules.checkedDirectories(),
        rules.trustRules, Optional.ofNullable(caseTimeout), Optional.ofNullable(failOn), Optional.ofNullable(master),
        quiet, arguments);
    return ExternalBatch.run(spec, engine, request, spec.commandLine().getOut(), spec.commandLine().getErr());
  }

  private ParameterException usage(String option, String message) {
    return new ParameterException(spec.commandLine(), "Invalid value for option '" + option + "': " + message);
  }
}
