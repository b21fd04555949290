package dev.antitrust.bench;

import dev.antitrust.engine.casefile.CaseReader;
import dev.antitrust.model.Case;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The cases the benchmarks and the equivalence test run: a synthetic corpus from {@code antitrust
 * generate} (default seed 1, about 30 facts a case) and the bundled sample case. The generator is
 * package-private in cli, so it runs as {@code antitrust generate} in a child JVM on this JVM's class
 * path, the way a user runs it, rather than widening cli's public surface for the benchmarks.
 */
final class Corpus {
  /** The default seed of {@code antitrust generate}. */
  static final long DEFAULT_SEED = 1;
  static final String SAMPLE = "dev/antitrust/samples/spacexai-anthropic-colossus.yaml";
  /** The name the generated records are read under, as a batch names its input in locations. */
  static final String LINES_SOURCE = "corpus.jsonl";

  private Corpus() {}

  /** {@code count} generated cases with the given seed, parsed. */
  static List<Case> generated(int count, long seed) {
    return parsed(generatedLines(count, seed));
  }

  /** JSON Lines records as they came from {@code generate}, parsed in order. */
  static List<Case> parsed(List<String> lines) {
    List<Case> cases = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      cases.add(CaseReader.readJson(LINES_SOURCE, i + 1, lines.get(i)));
    }
    return List.copyOf(cases);
  }

  /** {@code count} generated cases with the given seed, as the JSON Lines records a batch reads. */
  static List<String> generatedLines(int count, long seed) {
    try {
      Path file = Files.createTempFile("antitrust-corpus-", ".jsonl");
      try {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
            "dev.antitrust.cli.Main", "generate", "--cases", Integer.toString(count), "--seed", Long.toString(seed),
            "--out", file.toString())
            .redirectErrorStream(true)
            .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
          process.destroyForcibly();
          throw new IllegalStateException("antitrust generate failed: " + output);
        }
        return List.copyOf(Files.readAllLines(file, StandardCharsets.UTF_8));
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot generate the corpus", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while generating the corpus", e);
    }
  }

  /** The bundled sample case, the one {@code antitrust assess} runs without arguments. */
  static Case sample() {
    try (InputStream in = Corpus.class.getClassLoader().getResourceAsStream(SAMPLE)) {
      if (in == null) {
        throw new IllegalStateException("the rules jar with " + SAMPLE + " is not on the class path");
      }
      return CaseReader.read(SAMPLE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + SAMPLE, e);
    }
  }
}
