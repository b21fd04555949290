package dev.antitrust.cli;

import dev.antitrust.model.WireName;

/** The output formats of {@code assess}, each with its renderer. */
enum Format implements WireName {
  TEXT,
  JSON;

  /** A renderer for this format. */
  Renderer renderer() {
    return switch (this) {
      case TEXT -> new TextRenderer();
      case JSON -> new JsonRenderer();
    };
  }
}
