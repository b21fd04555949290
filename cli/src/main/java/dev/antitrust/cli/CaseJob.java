package dev.antitrust.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.antitrust.engine.AssessmentException;
import dev.antitrust.engine.RiskEngine;
import dev.antitrust.engine.casefile.CaseFileException;
import dev.antitrust.engine.casefile.CaseReader;
import dev.antitrust.model.AntitrustException;
import dev.antitrust.model.Assessment;
import dev.antitrust.model.Case;
import dev.antitrust.model.Problem;
import dev.antitrust.model.Severity;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One case's trip through a worker: decode, read, assess, and render as a record of the batch's
 * format. Never throws for a bad case: every failure becomes an error record.
 */
final class CaseJob implements Callable<CaseJob.Outcome> {
  private static final JsonFactory JSON = new JsonFactory();
  private static final Pattern YAML_ID = Pattern.compile("(?m)^id:\\s*['\"]?([A-Za-z0-9][A-Za-z0-9._:-]*)");

  /**
   * A rendered record and what the tally needs to know of it.
   *
   * @param text the record in the batch's format
   * @param location where the case came from ({@code file:line})
   * @param assessment the result, or null for an error record
   * @param error the error, or null for a result
   * @param internal true when the error is a bug, not bad input
   */
  record Outcome(String text, String location, Assessment assessment, BatchError error, boolean internal) {
    /** The most serious concern's severity, or null when none or an error. */
    Severity highest() {
      return assessment == null ? null : assessment.highestSeverity().orElse(null);
    }
  }

  private final RiskEngine engine;
  private final BatchFormat format;
  private final BatchInputs.Item item;

  CaseJob(RiskEngine engine, BatchFormat format, BatchInputs.Item item) {
    this.engine = engine;
    this.format = format;
    this.item = item;
  }

  @Override
  public Outcome call() {
    String text = null;
    try {
      if (item.failure() != null) {
        throw new CaseFileException(List.of(new Problem(item.source(), item.line(), 0, item.failure())));
      }
      text = decode();
      Case theCase = read(text);
      Assessment assessment = engine.assess(theCase);
      // Drop the case as soon as it is assessed: only the record text stays in flight.
      return new Outcome(format.result(assessment, item.location()), item.location(), assessment, null, false);
    } catch (AssessmentException e) {
      return failed(e.caseId(), e.ruleId(), e, false);
    } catch (AntitrustException e) {
      return failed(text == null ? null : peekId(text), null, e, false);
    } catch (RuntimeException | StackOverflowError e) {
      // A bug shows here, not bad input; the batch goes on, and the exit code says internal error.
      String message = "internal error: " + e.getClass().getName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage());
      BatchError error = new BatchError(text == null ? null : peekId(text), item.location(), null,
          List.of(item.location() + ": " + message));
      return new Outcome(format.error(error), item.location(), null, error, true);
    }
  }

  private Outcome failed(String caseId, String rule, AntitrustException e, boolean internal) {
    List<String> messages = e.problems().stream().map(Problem::toString).toList();
    BatchError error = new BatchError(caseId, item.location(), rule, messages);
    return new Outcome(format.error(error), item.location(), null, error, internal);
  }

  private String decode() {
    return CaseReader.decode(item.source(), item.wholeFile() ? 0 : item.line(), item.bytes());
  }

  private Case read(String text) {
    if (item.wholeFile()) {
      return CaseReader.read(item.source(), text);
    }
    return CaseReader.readJson(item.source(), item.line(), text);
  }

  /** The case's id from input that did not read, when it is there to see; else null. */
  private String peekId(String text) {
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
}
