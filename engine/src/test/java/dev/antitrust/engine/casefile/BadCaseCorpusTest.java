package dev.antitrust.engine.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.antitrust.model.Problem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of bad inputs in {@code src/test/resources/bad-cases}: every file is a case file
 * ({@code .yaml}, {@code .json}) or JSON Lines file ({@code .jsonl}) that must fail, next to a
 * {@code .expected} file with the exact problems it must produce, one per line. Files too large to
 * keep as they are ({@code .gz}) are read decompressed under their name without {@code .gz}. Each is
 * read from its bytes, as {@code batch} does, and named by its file name, so messages do not depend
 * on where the checkout is.
 */
class BadCaseCorpusTest {
  private static final String EXPECTED = ".expected";

  static Path corpus() {
    try {
      return Path.of(BadCaseCorpusTest.class.getResource("/bad-cases").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Stream<String> inputs() throws IOException {
    try (Stream<Path> files = Files.list(corpus())) {
      return files.map(f -> f.getFileName().toString()).filter(n -> !n.endsWith(EXPECTED)).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void read_badInput_givesExactlyTheExpectedProblems(String file) throws IOException {
    String name = file.endsWith(".gz") ? file.substring(0, file.length() - 3) : file;
    Path expected = corpus().resolve(name + EXPECTED);

    assertThat(expected).as("the expected problems of " + file).exists();
    assertThat(problems(name, bytes(corpus().resolve(file)))).containsExactlyElementsOf(Files.readAllLines(expected));
  }

  @Test
  void corpus_hasAtLeastFiftyInputs_andNoExpectationWithoutAnInput() throws IOException {
    List<String> inputs = inputs().map(f -> f.replaceFirst("\\.gz$", "")).toList();
    try (Stream<Path> files = Files.list(corpus())) {
      List<String> orphans = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(EXPECTED))
          .map(n -> n.substring(0, n.length() - EXPECTED.length())).filter(n -> !inputs.contains(n)).toList();
      assertThat(orphans).isEmpty();
    }
    assertThat(inputs).hasSizeGreaterThanOrEqualTo(50);
  }

  /** The problems of a case file, or of every line of a JSON Lines file in order, as text. */
  static List<String> problems(String name, byte[] bytes) {
    List<String> problems = new ArrayList<>();
    if (!name.endsWith(".jsonl")) {
      collect(problems, () -> CaseReader.read(name, CaseReader.decode(name, 0, bytes)));
      return problems;
    }
    List<byte[]> lines = lines(bytes);
    for (int i = 0; i < lines.size(); i++) {
      int line = i + 1;
      byte[] record = lines.get(i);
      collect(problems, () -> CaseReader.readJson(name, line, CaseReader.decode(name, line, record)));
    }
    return problems;
  }

  private static void collect(List<String> problems, Runnable read) {
    try {
      read.run();
    } catch (CaseFileException e) {
      e.problems().stream().map(Problem::toString).forEach(problems::add);
    }
  }

  /** The lines of a JSON Lines file as {@code batch} splits them: at {@code \n}, less a {@code \r}. */
  private static List<byte[]> lines(byte[] bytes) {
    List<byte[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= bytes.length; i++) {
      if (i == bytes.length ? i > start : bytes[i] == '\n') {
        int end = i > start && bytes[i - 1] == '\r' ? i - 1 : i;
        lines.add(Arrays.copyOfRange(bytes, start, end));
        start = i + 1;
      }
    }
    return lines;
  }

  private static byte[] bytes(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      if (!file.toString().endsWith(".gz")) {
        return in.readAllBytes();
      }
      try (InputStream unzipped = new GZIPInputStream(in)) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        unzipped.transferTo(out);
        return out.toByteArray();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Prints what each input gives, to review when adding to the corpus; not a test. */
  public static void main(String[] args) throws IOException {
    for (String file : inputs().toList()) {
      String name = file.endsWith(".gz") ? file.substring(0, file.length() - 3) : file;
      if (args.length > 0 && !name.startsWith(args[0])) {
        continue;
      }
      System.out.println("== " + name);
      problems(name, bytes(corpus().resolve(file))).forEach(System.out::println);
    }
  }
}
