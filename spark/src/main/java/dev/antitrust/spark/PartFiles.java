package dev.antitrust.spark;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The part files of a committed Spark output directory, read back on the driver in name order,
 * which is partition order and so input order: one JSON Lines file, as {@code antitrust batch}
 * writes it.
 */
final class PartFiles {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String ERROR_PREFIX = "{\"error\":";

  private final List<Path> parts;

  private PartFiles(List<Path> parts) {
    this.parts = parts;
  }

  /**
   * The part files of {@code directory}.
   *
   * @throws IllegalStateException when the job did not commit ({@code _SUCCESS} is missing)
   */
  static PartFiles of(Path directory) throws IOException {
    if (!Files.exists(directory.resolve("_SUCCESS"))) {
      throw new IllegalStateException("the Spark output in " + directory + " was not committed");
    }
    try (Stream<Path> list = Files.list(directory)) {
      return new PartFiles(list.filter(p -> p.getFileName().toString().startsWith("part-"))
          .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList());
    }
  }

  /** Writes the records into {@code target} complete or not at all. */
  void writeTo(Path target) throws IOException {
    writeAtomically(target, out -> {
      for (Path part : parts) {
        Files.copy(part, out);
      }
    });
  }

  /** What writes a file's bytes. */
  interface Content {
    void write(OutputStream out) throws IOException;
  }

  /**
   * Writes {@code target} complete or not at all, as batch does: a hidden temporary file beside it
   * ({@code .NAME.*.partial}), renamed into place.
   */
  static void writeAtomically(Path target, Content content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".", ".partial");
    try {
      try (OutputStream out = Files.newOutputStream(temp)) {
        content.write(out);
      }
      try {
        Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Writes the records as text, for standard output. */
  void writeTo(Writer out) throws IOException {
    char[] buffer = new char[1 << 16];
    for (Path part : parts) {
      try (BufferedReader in = Files.newBufferedReader(part, StandardCharsets.UTF_8)) {
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          out.write(buffer, 0, n);
        }
      }
    }
    out.flush();
  }

  /** The messages of the first {@code limit} error records, in order; reads only as far as it needs. */
  List<String> firstErrorMessages(int limit) throws IOException {
    List<String> messages = new ArrayList<>();
    int errors = 0;
    for (Path part : parts) {
      try (BufferedReader in = Files.newBufferedReader(part, StandardCharsets.UTF_8)) {
        for (String line = in.readLine(); line != null && errors < limit; line = in.readLine()) {
          if (line.startsWith(ERROR_PREFIX)) {
            errors++;
            JSON.readTree(line).path("error").path("messages").forEach(m -> messages.add(m.asText()));
          }
        }
      }
      if (errors >= limit) {
        break;
      }
    }
    return messages;
  }

  /** Deletes a directory tree, quietly: a temporary directory left behind is harmless. */
  static void deleteQuietly(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // Left for the system's temporary-file cleanup.
    }
  }
}
