package dev.antitrust.cli;

import dev.antitrust.engine.RiskEngine;
import dev.antitrust.model.Case;
import dev.antitrust.model.WireName;
import java.util.Map;

/** The output formats of {@code assess}, each with its renderer. */
enum Format implements WireName {
  TEXT,
  JSON,
  MARKDOWN,
  SARIF,
  /** One self-contained page with charts; see {@link HtmlReport}. */
  HTML;

  /** True when the format shows each concern's explanation, so the engine must compute it. */
  boolean explains() {
    return this == HTML;
  }

  /**
   * A renderer for this format.
   *
   * @param sources the case file each assessment came from, by case id, for formats that cite it
   * @param cases each assessed case by id, for formats that draw its facts
   * @param engine the engine that assessed them, or null when none was built
   */
  Renderer renderer(Map<String, String> sources, Map<String, Case> cases, RiskEngine engine) {
    return switch (this) {
      case TEXT -> new TextRenderer();
      case JSON -> new JsonRenderer();
      case MARKDOWN -> new MarkdownRenderer();
      case SARIF -> new SarifRenderer(sources);
      case HTML -> new HtmlReport(cases, engine);
    };
  }
}
