package dev.antitrust.engine.batch;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * Why one input case has no result: the body of a batch error record, {@code {"error": {...}}}.
 *
 * @param caseId the case's id when it could be read from the broken input, else null
 * @param source where the case came from: {@code file:line} for JSON Lines, the file otherwise
 * @param rule the rule that threw or looped, for a failed assessment; else null
 * @param messages every problem, each as {@code file:line:column: message} where known
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BatchError(String caseId, String source, String rule, List<String> messages) {

  public BatchError {
    Objects.requireNonNull(source, "source");
    messages = List.copyOf(messages);
    if (messages.isEmpty()) {
      throw new IllegalArgumentException("an error record needs at least one message");
    }
  }

  /** The JSON shape of an error record: one field, so a reader tells it from a result at once. */
  record Envelope(BatchError error) {}
}
