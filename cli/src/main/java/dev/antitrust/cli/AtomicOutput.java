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
import java.util.concurrent.atomic.AtomicReference;

/**
 * An output file that appears only complete: text goes to a hidden temporary file in the target's
 * directory (so the rename stays on one file system) and {@link #commit} renames it into place. A
 * run that fails, is interrupted or is stopped by a signal deletes the temporary file instead; only
 * {@code kill -9} can leave it behind, and then under a name that no one mistakes for the output.
 *
 * <p>Committing and discarding exclude each other: whichever starts first wins, so a signal that
 * arrives while the run ends normally can neither delete a file being renamed nor let a partial
 * one be renamed into place.
 */
final class AtomicOutput implements AutoCloseable {
  private static final int BUFFER = 1 << 16;

  private enum State { OPEN, COMMITTING, COMMITTED, DISCARDED }

  private final Path target;
  private final Path temp;
  private final Writer writer;
  private final Thread cleanupHook;
  private final boolean cleanup;
  private final AtomicReference<State> state = new AtomicReference<>(State.OPEN);

  private AtomicOutput(Path target, Path temp, Writer writer, boolean cleanupOnExit) {
    this.target = target;
    this.temp = temp;
    this.writer = writer;
    // SIGINT and SIGTERM run shutdown hooks: delete the partial file so no half output survives.
    this.cleanupHook = new Thread(this::discard, "antitrust-output-cleanup");
    this.cleanup = cleanupOnExit && register(cleanupHook);
  }

  /** Registers a shutdown hook; false when the JVM is shutting down already. */
  static boolean register(Thread hook) {
    try {
      Runtime.getRuntime().addShutdownHook(hook);
      return true;
    } catch (IllegalStateException e) {
      return false;
    }
  }

  /** Opens a temporary file beside {@code target}, deleted if the JVM exits before {@link #commit}. */
  static AtomicOutput open(Path target) throws IOException {
    return open(target, true);
  }

  /**
   * Opens a temporary file beside {@code target}; the target itself is not touched yet.
   *
   * @param cleanupOnExit false when the caller's own shutdown hook calls {@link #discard}, as a
   *     batch does to write its run record in the same step
   */
  static AtomicOutput open(Path target, boolean cleanupOnExit) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path directory = absolute.getParent();
    Path temp = Files.createTempFile(directory, "." + absolute.getFileName() + ".", ".partial");
    Writer writer = new BufferedWriter(
        new OutputStreamWriter(Files.newOutputStream(temp), StandardCharsets.UTF_8), BUFFER);
    return new AtomicOutput(target, temp, writer, cleanupOnExit);
  }

  /** Where to write; buffered, UTF-8. */
  Writer writer() {
    return writer;
  }

  /** The temporary file, for tests and messages. */
  Path temp() {
    return temp;
  }

  /**
   * Flushes, closes and renames the temporary file to the target, replacing any old file.
   *
   * @return false, with nothing renamed, when the output was discarded first (the run was stopped)
   */
  boolean commit() throws IOException {
    if (!state.compareAndSet(State.OPEN, State.COMMITTING)) {
      return false;
    }
    try {
      writer.close();
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        // Same directory, so this is rare (some network file systems); a plain rename is still one step.
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      state.set(State.COMMITTED);
      return true;
    } catch (IOException | RuntimeException e) {
      state.set(State.DISCARDED);
      deleteTemp();
      throw e;
    }
  }

  /** Deletes the temporary file unless committed. */
  @Override
  public void close() {
    discard();
    if (cleanup) {
      try {
        Runtime.getRuntime().removeShutdownHook(cleanupHook);
      } catch (IllegalStateException e) {
        // The JVM is shutting down and the hook is running or has run: nothing left to undo.
      }
    }
  }

  /**
   * Deletes the temporary file, unless a commit started first.
   *
   * @return true when the output is discarded, by this call or an earlier one; false when it is
   *     being or has been committed
   */
  boolean discard() {
    if (!cancel()) {
      return false;
    }
    deleteTemp();
    return true;
  }

  /**
   * Makes {@link #commit} refuse the output, without deleting it yet, so that the caller can stop
   * whatever still writes to it first and then {@link #discard} it.
   *
   * @return true when the output is cancelled, by this call or an earlier one; false when it is
   *     being or has been committed
   */
  boolean cancel() {
    return state.compareAndSet(State.OPEN, State.DISCARDED) || state.get() == State.DISCARDED;
  }

  private void deleteTemp() {
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
