package dev.antitrust.model;

/**
 * Indicator: {@code controller} controls {@code controlled}, directly or through others.
 *
 * @param basis why: {@code parent} (the case names it), {@code indirect} (a chain of links)
 */
public record ControlLink(String controller, String controlled, String basis) {

  public ControlLink {
    Require.id("controller", controller);
    Require.id("controlled", controlled);
    Require.text("basis", basis);
  }
}
