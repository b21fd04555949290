package dev.antitrust.engine.casefile;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.antitrust.model.Case;
import dev.antitrust.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
 * of a file are reported together in one {@link CaseFileException}, ordered by line, each as {@code
 * file:line:column: message}.
 */
public final class CaseReader {
  private static final char BOM = '\uFEFF';
  private static final String EMPTY = "the input is empty; a case needs at least id and asOf";

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
      bytes = in.readNBytes(CaseFormat.MAX_BYTES + 1);
    } catch (IOException e) {
      throw new CaseFileException(List.of(Problem.at(source, "cannot read file: " + reason(e))), e);
    }
    Origin origin = Origin.file(source);
    if (bytes.length > CaseFormat.MAX_BYTES) {
      throw tooLarge(origin);
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new CaseFileException(List.of(origin.problem("cannot read file: it is not UTF-8 text")), e);
    }
    return parse(CaseFormat.forSource(source), origin, text);
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
    return parse(CaseFormat.JSON, Origin.line(source, line), jsonText);
  }

  private static Case parse(CaseFormat format, Origin origin, String input) {
    if (input.length() > CaseFormat.MAX_BYTES / 3 && utf8Length(input) > CaseFormat.MAX_BYTES) {
      throw tooLarge(origin);
    }
    String text = !input.isEmpty() && input.charAt(0) == BOM ? input.substring(1) : input;
    if (format == CaseFormat.YAML) {
      int line = firstLongLine(text);
      if (line > 0) {
        throw new CaseFileException(List.of(origin.problem(line, 0, "line is longer than "
            + CaseFormat.MAX_YAML_LINE / 1024 + " KiB, the most a YAML case file may have on one line;"
            + " break it up, or write the case as JSON")));
      }
    }
    ProblemList problems = new ProblemList();
    CaseDto dto;
    try (JsonParser parser = format.reader().createParser(text)) {
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

  private static CaseFileException tooLarge(Origin origin) {
    return new CaseFileException(List.of(origin.problem("the input is larger than "
        + CaseFormat.MAX_BYTES / (1024 * 1024) + " MiB, the most a case file may have")));
  }

  /**
   * The first line longer than the YAML parser handles quickly, or 0. SnakeYAML copies its buffer
   * for every kilobyte of a token, so one 16 MiB line takes over a minute while 16 MiB of short lines takes
   * a moment; no hand-written file has such a line, so refuse it rather than stall a batch.
   */
  private static int firstLongLine(String text) {
    int line = 1;
    for (int start = 0; start < text.length(); line++) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      if (end - start > CaseFormat.MAX_YAML_LINE) {
        return line;
      }
      start = end + 1;
    }
    return 0;
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
