package dev.antitrust.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code antitrust generate}: writes a synthetic corpus through {@link CorpusGenerator}. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Writes synthetic cases as JSON Lines, for benchmarks, soak tests and demos.",
      "One case per line; the same seed gives the same bytes. Every figure is made up.",
      "Says on standard error how many cases it wrote and how many of them it damaged."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {ExitCodes.HELP_DONE, ExitCodes.HELP_INVALID, ExitCodes.HELP_INTERNAL})
final class GenerateCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--cases", paramLabel = "N", required = true, description = "How many cases to write.")
  long cases;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "The random seed. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write here (complete or not at all) instead of standard output.")
  Path out;

  @Option(names = "--corrupt", paramLabel = "PCT", defaultValue = "0",
      description = {"Damage exactly this percentage of lines (0-100, to the nearest line) in varied",
          "ways: truncated JSON, an unknown field, a bad reference, a share over 100, a wrong type,",
          "a missing date, an empty line, YAML instead of JSON. Default: ${DEFAULT-VALUE}."})
  double corrupt;

  @Override
  public Integer call() throws IOException {
    if (cases < 0) {
      throw new ParameterException(spec.commandLine(),
          "Invalid value for option '--cases': must not be negative, got " + cases);
    }
    if (!(corrupt >= 0 && corrupt <= 100)) {
      throw new ParameterException(spec.commandLine(),
          "Invalid value for option '--corrupt': must be from 0 to 100, got " + corrupt);
    }
    if (out != null && Files.isDirectory(out)) {
      throw new ParameterException(spec.commandLine(),
          "Invalid value for option '--out': '" + out + "' is a directory");
    }
    CorpusGenerator generator = new CorpusGenerator(seed, cases, corrupt);
    if (out == null) {
      PrintWriter stdout = spec.commandLine().getOut();
      generator.write(stdout);
      stdout.flush();
      if (stdout.checkError()) {
        throw new UncheckedIOException(new IOException("cannot write to standard output"));
      }
    } else {
      try (AtomicOutput file = AtomicOutput.open(out)) {
        generator.write(file.writer());
        file.commit();
      }
    }
    // A soak test checks a batch of the corpus against these: results = cases - damaged, errors = damaged.
    PrintWriter err = spec.commandLine().getErr();
    err.printf(Locale.ROOT, "generated %,d cases, %,d of them damaged%n", cases, generator.damaged());
    err.flush();
    return ExitCodes.DONE;
  }
}
