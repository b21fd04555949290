package dev.antitrust.engine.casefile;

import dev.antitrust.model.Case;
import java.nio.file.Path;

/**
 * Reads case files in YAML or JSON (chosen by the file name's extension) into a validated {@link
 * Case}. Thread-safe and stateless.
 */
public final class CaseReader {
  private CaseReader() {}

  /**
   * Reads and validates a case file.
   *
   * @throws CaseFileException listing every problem in the file with its location
   */
  public static Case read(Path file) {
    throw new UnsupportedOperationException("not yet");
  }

  /**
   * Reads a case from text; {@code source} names it in error messages and its extension picks the
   * format ({@code .json} for JSON, anything else YAML, which JSON also is).
   *
   * @throws CaseFileException listing every problem with its location
   */
  public static Case read(String source, String text) {
    throw new UnsupportedOperationException("not yet");
  }
}
