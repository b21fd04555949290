package dev.antitrust.model;

import java.util.List;

/** A record's compact constructor refused a value; the message names the field and the value. */
public final class InvalidFactException extends AntitrustException {
  private static final long serialVersionUID = 1L;

  private final String field;

  public InvalidFactException(String field, String message) {
    super(List.of(Problem.at(field, message)));
    this.field = field;
  }

  /** The name of the field that was refused, such as {@code share} or {@code turnover.EU}. */
  public String field() {
    return field;
  }

  /** The reason without the field prefix, for callers that add their own location. */
  public String reason() {
    return problems().get(0).message();
  }
}
