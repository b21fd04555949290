package dev.antitrust.cli;

import dev.antitrust.model.WireName;
import java.util.Map;

/** The output formats of {@code assess}, each with its renderer. */
enum Format implements WireName {
  TEXT,
  JSON,
  MARKDOWN,
  SARIF;

  /**
   * A renderer for this format.
   *
   * @param sources the case file each assessment came from, by case id, for formats that cite it
   */
  Renderer renderer(Map<String, String> sources) {
    return switch (this) {
      case TEXT -> new TextRenderer();
      case JSON -> new JsonRenderer();
      case MARKDOWN -> new MarkdownRenderer();
      case SARIF -> new SarifRenderer(sources);
    };
  }
}
