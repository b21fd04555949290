package dev.antitrust.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * An output file that appears only complete: text goes to a hidden temporary file in the target's
 * directory (so the rename stays on one file system) and {@link #commit} renames it into place. A
 * run that fails, is interrupted or is stopped by a signal deletes the temporary file instead; only
 * {@code kill -9} can leave it behind, and then under a name that no one mistakes for the output.
 */
final class AtomicOutput implements AutoCloseable {
  private static final int BUFFER = 1 << 16;

  private final Path target;
  private final Path temp;
  private final Writer writer;
  private final Thread cleanup;
  private volatile boolean committed;

  private AtomicOutput(Path target, Path temp, Writer writer) {
    this.target = target;
    this.temp = temp;
    this.writer = writer;
    // SIGINT and SIGTERM run shutdown hooks: delete the partial file so no half output survives.
    this.cleanup = new Thread(this::discard, "antitrust-output-cleanup");
    Runtime.getRuntime().addShutdownHook(cleanup);
  }

  /** Opens a temporary file beside {@code target}; the target itself is not touched yet. */
  static AtomicOutput open(Path target) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path directory = absolute.getParent();
    Path temp = Files.createTempFile(directory, "." + absolute.getFileName() + ".", ".partial");
    Writer writer = new BufferedWriter(
        new OutputStreamWriter(Files.newOutputStream(temp), StandardCharsets.UTF_8), BUFFER);
    return new AtomicOutput(target, temp, writer);
  }

  /** Where to write; buffered, UTF-8. */
  Writer writer() {
    return writer;
  }

  /** The temporary file, for tests and messages. */
  Path temp() {
    return temp;
  }

  /** Flushes, closes and renames the temporary file to the target, replacing any old file. */
  void commit() throws IOException {
    writer.close();
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      // Same directory, so this is rare (some network file systems); a plain rename is still one step.
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
    committed = true;
  }

  /** Deletes the temporary file unless committed. */
  @Override
  public void close() {
    discard();
    try {
      Runtime.getRuntime().removeShutdownHook(cleanup);
    } catch (IllegalStateException e) {
      // The JVM is shutting down and the hook is running or has run: nothing left to undo.
    }
  }

  private void discard() {
    if (committed) {
      return;
    }
    try {
      writer.close();
    } catch (IOException e) {
      // The file is going anyway.
    }
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the partial output " + temp, e);
    }
  }
}
