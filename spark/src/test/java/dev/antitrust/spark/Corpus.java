package dev.antitrust.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.antitrust.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs the command line in-process, as a user would, for corpora and the records batch writes. */
final class Corpus {
  private Corpus() {}

  /** What one run of the command line did. */
  record Run(int exitCode, String out, String err) {}

  static Run antitrust(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(exitCode, out.toString(), err.toString());
  }

  /** {@code antitrust generate}: a synthetic corpus with {@code corruptPercent} of its lines damaged. */
  static Path generate(Path dir, String name, int cases, long seed, int corruptPercent) {
    Path file = dir.resolve(name);
    Run run = antitrust("generate", "--cases", Integer.toString(cases), "--seed", Long.toString(seed),
        "--corrupt", Integer.toString(corruptPercent), "--out", file.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    return file;
  }
}
