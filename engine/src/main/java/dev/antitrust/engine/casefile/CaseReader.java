package dev.antitrust.engine.casefile;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.antitrust.model.Case;
import dev.antitrust.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads case files in YAML or JSON (chosen by the file name's extension) into a validated {@link
 * Case}. Thread-safe and stateless.
 *
 * <p>A file is bound to the schema, then checked: unknown fields, values of the wrong type, unknown
 * references, duplicate ids, loops of parents and every check of the model's records. All problems
 * of a file are reported together in one {@link CaseFileException}, ordered by line and column, each
 * as {@code file:line:column: message}. An input beyond one of the {@link CaseLimits}, or one that
 * does not parse, is one problem and nothing else, since what follows cannot be trusted.
 */
public final class CaseReader {
  private static final char BOM = '\uFEFF';
  private static final String EMPTY = "the input is empty; a case needs at least id and asOf";
  private static final String EMPTY_LINE = "empty line; a JSON Lines file has one case per line";

  private CaseReader() {}

  /**
   * Reads and validates a case file.
   *
   * @throws CaseFileException listing every problem in the file with its location
   */
  public static Case read(Path file) {
    Objects.requireNonNull(file, "file");
    String source = file.toString();
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      // One byte more than allowed tells "too large" without reading a huge file to the end.
      bytes = in.readNBytes(CaseLimits.MAX_BYTES + 1);
    } catch (IOException e) {
      throw new CaseFileException(List.of(Problem.at(source, "cannot read file: " + reason(e))), e);
    }
    if (bytes.length > CaseLimits.MAX_BYTES) {
      long size;
      try {
        size = Files.size(file);
      } catch (IOException e) {
        size = -1;
      }
      throw tooLarge(Origin.file(source), size);
    }
    return parse(CaseFormat.forSource(source), Origin.file(source), decode(source, 0, bytes));
  }

  /**
   * Decodes the bytes of a case file, or of the JSON Lines record on {@code line}, as UTF-8. A byte
   * that is not UTF-8 is a problem at its line and column, and a file in UTF-16 is told apart.
   *
   * @param source the file, as messages name it
   * @param line the 1-based line of a JSON Lines record, or 0 for a whole file
   * @throws CaseFileException when the bytes are not UTF-8
   */
  public static String decode(String source, int line, byte[] bytes) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(bytes, "bytes");
    if (line < 0) {
      throw new IllegalArgumentException("line must be 0 or more, got " + line);
    }
    return Utf8Text.decode(line == 0 ? Origin.file(source) : Origin.line(source, line), bytes);
  }

  /**
   * Reads a case from text; {@code source} names it in error messages and its extension picks the
   * format ({@code .json} for JSON, anything else YAML, which JSON also is).
   *
   * @throws CaseFileException listing every problem with its location
   */
  public static Case read(String source, String text) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    return parse(CaseFormat.forSource(source), Origin.file(source), text);
  }

  /**
   * Reads one record of a JSON Lines file: a whole case as JSON on one line. Problems are located as
   * {@code source:line:column}, with {@code line} the record's line in the file.
   *
   * @param source the JSON Lines file, as messages name it
   * @param line the 1-based line of the record in that file
   * @param jsonText the record
   * @throws CaseFileException listing every problem of the record
   */
  public static Case readJson(String source, int line, String jsonText) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(jsonText, "jsonText");
    if (line < 1) {
      throw new IllegalArgumentException("line must be 1 or more, got " + line);
    }
    if (jsonText.isBlank()) {
      throw new CaseFileException(List.of(new Problem(source, line, 0, EMPTY_LINE)));
    }
    return parse(CaseFormat.JSON, Origin.line(source, line), jsonText);
  }

  private static Case parse(CaseFormat format, Origin origin, String input) {
    if (input.length() > CaseLimits.MAX_BYTES / 3) {
      long bytes = utf8Length(input);
      if (bytes > CaseLimits.MAX_BYTES) {
        throw tooLarge(origin, bytes);
      }
    }
    String text = !input.isEmpty() && input.charAt(0) == BOM ? input.substring(1) : input;
    int strayBom = text.indexOf(BOM);
    if (strayBom >= 0) {
      throw new CaseFileException(List.of(at(origin, text, strayBom,
          "a byte-order mark (U+FEFF) can only start the text; remove this one")));
    }
    if (format == CaseFormat.YAML) {
      checkYamlText(origin, text);
    }
    ProblemList problems = new ProblemList();
    CaseDto dto;
    try (JsonParser parser = new LimitedParser(format.reader().createParser(text))) {
      try {
        if (parser.nextToken() == null) {
          throw new CaseFileException(List.of(origin.problem(EMPTY)));
        }
        dto = format.reader().withAttribute(ProblemList.class, problems).readValue(parser);
        if (parser.nextToken() != null) {
          problems.atToken(parser, "unexpected content after the end of the case");
        }
      } catch (JsonProcessingException e) {
        throw new CaseFileException(List.of(SyntaxProblem.of(format, origin, parser, e)), e);
      }
    } catch (IOException e) {
      // Only closing can get here, and a parser over a String has nothing to close.
      throw new UncheckedIOException(e);
    }
    Case result = null;
    if (dto == null) {
      // A document of just "~" or "null"; a root of the wrong type is already a problem.
      if (problems.isEmpty()) {
        problems.at("", EMPTY);
      }
    } else {
      CrossReferences.check(dto, problems);
      result = CaseAssembler.assemble(dto, problems);
    }
    if (!problems.isEmpty() || result == null) {
      throw new CaseFileException(
          problems.toProblems(origin, () -> LocationIndex.of(format.factory(), text)));
    }
    return result;
  }

  private static CaseFileException tooLarge(Origin origin, long bytes) {
    String size = bytes < 0 ? "more than " + CaseLimits.count(CaseLimits.MAX_BYTES) : CaseLimits.count(bytes);
    return new CaseFileException(List.of(origin.problem("the input has " + size + " bytes, more than the "
        + CaseLimits.count(CaseLimits.MAX_BYTES) + " (16 MiB) a case file may have")));
  }

  /**
   * Checks what the YAML parser handles badly, before it runs: a line longer than it handles quickly
   * (see {@link CaseLimits#MAX_YAML_LINE}), which could stall a batch, and a character YAML does not
   * allow, which it reports without a usable position.
   */
  private static void checkYamlText(Origin origin, String text) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : '\n';
      if (c == '\n') {
        if (i - lineStart > CaseLimits.MAX_YAML_LINE) {
          throw new CaseFileException(List.of(origin.problem(line, 0, "the line has "
              + CaseLimits.count(i - lineStart) + " characters, more than the "
              + CaseLimits.count(CaseLimits.MAX_YAML_LINE)
              + " a line of a YAML case file may have; break it up, or write the case as JSON")));
        }
        line++;
        lineStart = i + 1;
      } else if (!yamlPrintable(c)) {
        throw new CaseFileException(List.of(origin.problem(line, i - lineStart + 1, String.format(Locale.ROOT,
            "malformed YAML: the character U+%04X is not allowed (YAML allows no control characters"
                + " but tab and line breaks)", (int) c))));
      }
    }
  }

  /** YAML's printable characters, less line breaks; surrogates pass, as halves of a pair. */
  private static boolean yamlPrintable(char c) {
    return c >= 0x20 && c < 0x7F || c == '\t' || c == '\r' || c == 0x85
        || c >= 0xA0 && c != 0xFFFE && c != 0xFFFF;
  }

  /** A problem at a character of the text, by its line and column. */
  private static Problem at(Origin origin, String text, int index, String message) {
    int line = 1;
    int lineStart = 0;
    for (int i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
    }
    return origin.problem(line, index - lineStart + 1, message);
  }

  private static long utf8Length(String text) {
    long bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // A surrogate pair is 4 bytes in UTF-8: 2 for each half.
      bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
    }
    return bytes;
  }

  /** Why a file could not be read, in the words a user expects. */
  private static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    String reason =
        e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
    if (reason == null || reason.isBlank()) {
      return e.getClass().getSimpleName();
    }
    return reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
  }
}
