package dev.antitrust.cli;

import dev.antitrust.engine.batch.BatchRecords;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads the inputs of a batch in order and hands over one {@link Item} per case, undecoded, so that
 * decoding and parsing happen on the worker threads. Keeps a SHA-256 of the bytes read per input.
 * An input that cannot be read becomes an item that carries the failure: nothing stops the run but
 * an interrupt.
 */
final class BatchInputs {
  /** The most bytes a case may take, as a line or a file; the case reader's own limit. */
  static final int MAX_CASE_BYTES = BatchRecords.MAX_CASE_BYTES;

  /** The name standard input goes by in error records. */
  static final String STDIN = "<stdin>";

  private static final int CHUNK = 1 << 16;

  /**
   * One case as read, not yet decoded.
   *
   * @param source the file as given (or {@link #STDIN})
   * @param line the 1-based line of a JSON Lines record, or 0 for a whole case file
   * @param bytes the case's bytes, or null when {@code failure} is set
   * @param failure why the case could not be read, or null
   */
  record Item(String source, int line, byte[] bytes, String failure) {
    /** {@code file:line} for a JSON Lines record, the file otherwise. */
    String location() {
      return line > 0 ? source + ":" + line : source;
    }

    /** True for a YAML or JSON case file, false for a JSON Lines record. */
    boolean wholeFile() {
      return line == 0;
    }
  }

  /**
   * What was read from one input.
   *
   * @param input the input as given on the command line
   * @param sha256 hex SHA-256 of the bytes read from it, files of a directory in path order
   * @param bytes how many bytes were read
   * @param cases how many cases it gave
   */
  record Digest(String input, String sha256, long bytes, long cases) {}

  /** Takes the items in order; returns false to stop reading. */
  interface Sink {
    boolean accept(Item item) throws InterruptedException;
  }

  private final List<String> inputs;
  private final InputStream stdin;
  // Read by a shutdown hook while the reading thread adds to it.
  private final List<Digest> digests = new CopyOnWriteArrayList<>();
  private MessageDigest digest;
  private long bytes;
  private long cases;

  BatchInputs(List<String> inputs, InputStream stdin) {
    this.inputs = List.copyOf(inputs);
    this.stdin = stdin;
  }

  /** The digests of the inputs read so far, in order. */
  List<Digest> digests() {
    return List.copyOf(digests);
  }

  /** Reads every input until the sink says stop; throws only when interrupted. */
  void read(Sink sink) throws InterruptedException {
    boolean going = true;
    for (int i = 0; i < inputs.size() && going; i++) {
      String input = inputs.get(i);
      digest = sha256();
      bytes = 0;
      cases = 0;
      try {
        going = input.equals("-") ? readLines(STDIN, stdin, sink) : readPath(Path.of(input), sink);
      } finally {
        digests.add(new Digest(input, HexFormat.of().formatHex(digest.digest()), bytes, cases));
      }
    }
  }

  private boolean readPath(Path path, Sink sink) throws InterruptedException {
    if (!Files.isDirectory(path)) {
      return readFile(path, sink);
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(path)) {
      files = walk.filter(Files::isRegularFile).filter(BatchInputs::isCaseFile).sorted().toList();
    } catch (IOException | UncheckedIOException e) {
      return emit(sink, new Item(path.toString(), 0, null, "cannot list directory: " + e.getMessage()));
    }
    for (Path file : files) {
      if (!readFile(file, sink)) {
        return false;
      }
    }
    return true;
  }

  /** A YAML or JSON case file, or a JSON Lines file, by name. */
  private static boolean isCaseFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json") || isJsonLines(file);
  }

  private static boolean isJsonLines(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".jsonl") || name.endsWith(".ndjson");
  }

  private static boolean isSingleCase(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
  }

  private boolean readFile(Path file, Sink sink) throws InterruptedException {
    String source = file.toString();
    try (InputStream in = Files.newInputStream(file)) {
      if (!isSingleCase(file)) {
        return readLines(source, in, sink);
      }
      // One byte over the limit tells "too large" without reading a huge file to its end.
      byte[] content = in.readNBytes(MAX_CASE_BYTES + 1);
      digest.update(content);
      bytes += content.length;
      return content.length > MAX_CASE_BYTES
          ? emit(sink, new Item(source, 0, null, BatchRecords.FILE_TOO_LARGE))
          : emit(sink, new Item(source, 0, content, null));
    } catch (InterruptedIOException | ClosedByInterruptException e) {
      throw interrupted(e);
    } catch (IOException e) {
      return emit(sink, new Item(source, 0, null, "cannot read file: " + e.getMessage()));
    }
  }

  /**
   * Splits a stream into lines by hand, not with a Reader: bytes stay undecoded until a worker
   * takes them, a line longer than a case may be is skipped without buffering it, and a read error
   * becomes an error record at the line where it struck.
   */
  private boolean readLines(String source, InputStream raw, Sink sink) throws InterruptedException {
    InputStream in = new DigestInputStream(raw, digest);
    ByteArrayOutputStream pending = new ByteArrayOutputStream();
    boolean tooLong = false;
    int line = 0;
    byte[] chunk = new byte[CHUNK];
    try {
      for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
        bytes += n;
        int start = 0;
        for (int i = 0; i < n; i++) {
          if (chunk[i] != '\n') {
            continue;
          }
          line++;
          Item item;
          if (tooLong || pending.size() + i - start > MAX_CASE_BYTES) {
            item = new Item(source, line, null, BatchRecords.LINE_TOO_LONG);
          } else if (pending.size() == 0) {
            item = new Item(source, line, withoutCr(chunk, start, i), null);
          } else {
            pending.write(chunk, start, i - start);
            byte[] all = pending.toByteArray();
            item = new Item(source, line, withoutCr(all, 0, all.length), null);
          }
          pending.reset();
          tooLong = false;
          start = i + 1;
          if (!emit(sink, item)) {
            return false;
          }
        }
        if (!tooLong && pending.size() + n - start <= MAX_CASE_BYTES) {
          pending.write(chunk, start, n - start);
        } else {
          tooLong = true;
          pending.reset();
        }
      }
    } catch (InterruptedIOException | ClosedByInterruptException e) {
      throw interrupted(e);
    } catch (IOException e) {
      return emit(sink, new Item(source, line + 1, null, "cannot read: " + e.getMessage()));
    }
    // A last line without a line break is still a case; an empty tail after one is not.
    if (tooLong) {
      return emit(sink, new Item(source, line + 1, null, BatchRecords.LINE_TOO_LONG));
    }
    if (pending.size() > 0) {
      byte[] all = pending.toByteArray();
      return emit(sink, new Item(source, line + 1, withoutCr(all, 0, all.length), null));
    }
    return true;
  }

  private boolean emit(Sink sink, Item item) throws InterruptedException {
    cases++;
    return sink.accept(item);
  }

  /** The bytes from {@code start} to {@code end}, less a {@code \r} before the line break. */
  private static byte[] withoutCr(byte[] buffer, int start, int end) {
    int stop = end > start && buffer[end - 1] == '\r' ? end - 1 : end;
    byte[] line = new byte[stop - start];
    System.arraycopy(buffer, start, line, 0, line.length);
    return line;
  }

  private static InterruptedException interrupted(IOException e) {
    InterruptedException stop = new InterruptedException("interrupted while reading the input");
    stop.initCause(e);
    return stop;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
