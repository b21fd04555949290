package dev.antitrust.engine.batch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.antitrust.engine.AssessmentException;
import dev.antitrust.engine.RiskEngine;
import dev.antitrust.engine.casefile.CaseFileException;
import dev.antitrust.engine.casefile.CaseLimits;
import dev.antitrust.engine.casefile.CaseReader;
import dev.antitrust.model.AntitrustException;
import dev.antitrust.model.Assessment;
import dev.antitrust.model.Case;
import dev.antitrust.model.Problem;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one input case, as undecoded bytes, into its {@link BatchRecord}: decode, read, assess.
 * Never throws for a bad case: every failure becomes an error record, with the same messages
 * whichever runner calls it ({@code antitrust batch}, the Spark job). Thread-safe.
 *
 * <pre>{@code
 * BatchRecord record = BatchRecords.ofLine(engine, "cases.jsonl", 7, lineBytes);
 * writer.write(record.json() + "\n");
 * }</pre>
 */
public final class BatchRecords {
  /** The most bytes a case may take, as a line or a file; the case reader's own limit. */
  public static final int MAX_CASE_BYTES = CaseLimits.MAX_BYTES;

  /**
   * The error message of a case file larger than {@link #MAX_CASE_BYTES}. A runner stops reading at
   * the limit, so the size is not known; otherwise the case reader's words.
   */
  public static final String FILE_TOO_LARGE = String.format(Locale.ROOT,
      "the input has more than %,d bytes (16 MiB), the most a case file may have", MAX_CASE_BYTES);

  /** The error message of a JSON Lines line longer than {@link #MAX_CASE_BYTES}. */
  public static final String LINE_TOO_LONG = String.format(Locale.ROOT,
      "the line has more than %,d bytes (16 MiB), the most a case may have", MAX_CASE_BYTES);

  private static final JsonFactory JSON = new JsonFactory();
  private static final Pattern YAML_ID = Pattern.compile("(?m)^id:\\s*['\"]?([A-Za-z0-9][A-Za-z0-9._:-]*)");

  private BatchRecords() {}

  /**
   * The record of one JSON Lines line.
   *
   * @param source the input file as the user named it
   * @param line the 1-based line number
   * @param bytes the line without its line break (and without a {@code \r} before it)
   */
  public static BatchRecord ofLine(RiskEngine engine, String source, int line, byte[] bytes) {
    if (line < 1) {
      throw new IllegalArgumentException("line must be at least 1, got " + line);
    }
    return assess(engine, source, line, Objects.requireNonNull(bytes, "bytes"));
  }

  /** The record of one YAML or JSON case file, its whole content in {@code bytes}. */
  public static BatchRecord ofFile(RiskEngine engine, String source, byte[] bytes) {
    return assess(engine, source, 0, Objects.requireNonNull(bytes, "bytes"));
  }

  /**
   * The error record of a case that could not be read at all.
   *
   * @param line the 1-based line of a JSON Lines record, or 0 for a whole file
   * @param why what went wrong, e.g. {@link #LINE_TOO_LONG}
   */
  public static BatchRecord unreadable(String source, int line, String why) {
    return failed(new Item(source, line, null), null, null,
        new CaseFileException(List.of(new Problem(source, line, 0, why))));
  }

  private static BatchRecord assess(RiskEngine engine, String source, int line, byte[] bytes) {
    Item item = new Item(Objects.requireNonNull(source, "source"), line, bytes);
    String text = null;
    try {
      text = decode(item);
      Case theCase = read(item, text);
      Assessment assessment = engine.assess(theCase);
      return new BatchRecord(item.location(), assessment, null, false);
    } catch (AssessmentException e) {
      return failed(item, e.caseId(), e.ruleId(), e);
    } catch (AntitrustException e) {
      return failed(item, text == null ? null : peekId(item, text), null, e);
    } catch (RuntimeException | StackOverflowError e) {
      // A bug shows here, not bad input; the batch goes on, and the exit code says internal error.
      String message = "internal error: " + e.getClass().getName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage());
      BatchError error = new BatchError(text == null ? null : peekId(item, text), item.location(), null,
          List.of(item.location() + ": " + message));
      return new BatchRecord(item.location(), null, error, true);
    }
  }

  private static BatchRecord failed(Item item, String caseId, String rule, AntitrustException e) {
    List<String> messages = e.problems().stream().map(Problem::toString).toList();
    return new BatchRecord(item.location(), null, new BatchError(caseId, item.location(), rule, messages), false);
  }

  private static String decode(Item item) {
    // Invalid UTF-8 is a problem at its line and column; UTF-16 is told apart.
    return CaseReader.decode(item.source(), item.line(), item.bytes());
  }

  private static Case read(Item item, String text) {
    if (item.wholeFile()) {
      return CaseReader.read(item.source(), text);
    }
    // The reader refuses a blank line, and every limit, with a located problem.
    return CaseReader.readJson(item.source(), item.line(), text);
  }

  /** The case's id from input that did not read, when it is there to see; else null. */
  private static String peekId(Item item, String text) {
    boolean yaml = item.wholeFile() && !item.source().toLowerCase(Locale.ROOT).endsWith(".json");
    if (yaml) {
      Matcher m = YAML_ID.matcher(text);
      return m.find() ? m.group(1) : null;
    }
    // Streaming, so a line cut off after its id still gives the id.
    try (JsonParser parser = JSON.createParser(text)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if (field.equals("id") && value == JsonToken.VALUE_STRING) {
          return parser.getText();
        }
        parser.skipChildren();
      }
    } catch (IOException e) {
      // Broken before the id: unknown.
    }
    return null;
  }

  /** One case as read: a JSON Lines line ({@code line > 0}) or a whole file ({@code line == 0}). */
  private record Item(String source, int line, byte[] bytes) {
    String location() {
      return line > 0 ? source + ":" + line : source;
    }

    boolean wholeFile() {
      return line == 0;
    }
  }
}
