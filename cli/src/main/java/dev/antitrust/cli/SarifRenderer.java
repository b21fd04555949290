package dev.antitrust.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.antitrust.engine.RiskEngine;
import dev.antitrust.model.Assessment;
import dev.antitrust.model.Concern;
import dev.antitrust.model.Severity;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes assessments as SARIF 2.1.0, so code-scanning dashboards and CI annotations can show them:
 * one run of the {@code antitrust} tool, each concern a result with its rule, a level from its
 * severity, and the case file as its location.
 */
final class SarifRenderer implements Renderer {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private final Map<String, String> sources;

  SarifRenderer(Map<String, String> sources) {
    this.sources = Map.copyOf(sources);
  }

  @Override
  public void render(List<Assessment> assessments, boolean several, PrintWriter out) {
    ObjectNode sarif = MAPPER.createObjectNode();
    sarif.put("version", "2.1.0");
    ObjectNode run = sarif.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "antitrust");
    driver.put("version", RiskEngine.version());
    ArrayNode rules = driver.putArray("rules");
    ArrayNode results = run.putArray("results");
    Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    for (Assessment a : assessments) {
      for (Concern c : a.concerns()) {
        Integer index = ruleIndex.get(c.ruleId());
        if (index == null) {
          index = ruleIndex.size();
          ruleIndex.put(c.ruleId(), index);
          ObjectNode rule = rules.addObject();
          rule.put("id", c.ruleId());
          rule.putObject("shortDescription").put("text", c.title());
          rule.putObject("fullDescription").put("text", c.citation());
          ObjectNode properties = rule.putObject("properties");
          properties.put("category", c.category().wireName());
          properties.put("jurisdiction", c.jurisdiction());
          properties.put("severity", c.severity().wireName());
        }
        ObjectNode result = results.addObject();
        result.put("ruleId", c.ruleId());
        result.put("ruleIndex", index);
        result.put("level", level(c.severity()));
        result.putObject("message").put("text", c.finding());
        result.putArray("locations").addObject().putObject("physicalLocation")
            .putObject("artifactLocation").put("uri", sources.getOrDefault(a.caseId(), a.caseId()));
        ObjectNode properties = result.putObject("properties");
        properties.put("caseId", a.caseId());
        properties.put("rank", c.rank());
        properties.put("score", c.score());
        ArrayNode subjects = properties.putArray("subjects");
        c.subjects().forEach(subjects::add);
      }
    }
    try {
      out.println(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(sarif));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    out.flush();
  }

  /** SARIF has three levels: the serious concerns are errors, screens failed are warnings. */
  static String level(Severity severity) {
    return switch (severity) {
      case CRITICAL, HIGH -> "error";
      case MEDIUM -> "warning";
      case LOW, INFO -> "note";
    };
  }
}
