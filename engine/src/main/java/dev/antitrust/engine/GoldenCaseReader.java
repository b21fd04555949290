package dev.antitrust.engine;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.antitrust.engine.GoldenCase.Expectation;
import dev.antitrust.engine.casefile.CaseFileException;
import dev.antitrust.engine.casefile.CaseReader;
import dev.antitrust.model.Case;
import dev.antitrust.model.Problem;
import dev.antitrust.model.Severity;
import dev.antitrust.model.WireName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a golden case file. An inline {@code case:} is cut out of the file and read by the case
 * reader, so its problems point at the golden file's own lines; {@code casePath:} is relative to the
 * golden file.
 */
final class GoldenCaseReader {
  private static final YAMLMapper YAML = new YAMLMapper();
  private static final Set<String> KEYS = Set.of("name", "case", "casePath", "expect", "expectAbsent", "expectOrder");
  private static final Set<String> EXPECT_KEYS = Set.of("rule", "rank", "severity", "evidence");

  private GoldenCaseReader() {}

  /** Reads one golden file; every problem goes to {@code problems}, and then the result is null. */
  static GoldenCase read(Path file, List<Problem> problems) {
    String source = file.toString();
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      problems.add(Problem.at(source, "cannot read golden case: " + e.getMessage()));
      return null;
    }
    String name = file.getFileName().toString();
    Case theCase = null;
    boolean hasCase = false;
    List<Expectation> expect = new ArrayList<>();
    List<String> absent = List.of();
    List<String> order = List.of();
    try (JsonParser p = YAML.getFactory().createParser(text)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        problems.add(new Problem(source, 1, 1, "a golden case is a mapping with case or casePath, and expect"));
        return null;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        int line = p.currentTokenLocation().getLineNr();
        p.nextToken();
        if (!KEYS.contains(key)) {
          problems.add(new Problem(source, line, 1, "unknown key '" + key + "'; known: " + String.join(", ", KEYS.stream().sorted().toList())));
          p.skipChildren();
          continue;
        }
        switch (key) {
          case "name" -> name = p.getValueAsString();
          case "case" -> {
            hasCase = true;
            JsonNode node = p.readValueAsTree();
            theCase = inlineCase(source, text, line, node, problems);
          }
          case "casePath" -> {
            hasCase = true;
            Path casePath = file.toAbsolutePath().getParent().resolve(p.getValueAsString(""));
            theCase = readCase(() -> CaseReader.read(casePath), problems);
          }
          case "expect" -> expect = expectations(p, source, problems);
          case "expectAbsent" -> absent = ids(p.readValueAsTree(), source, line, key, problems);
          case "expectOrder" -> order = ids(p.readValueAsTree(), source, line, key, problems);
          default -> throw new IllegalStateException(key);
        }
      }
    } catch (IOException e) {
      problems.add(Problem.at(source, "is not valid YAML: " + e.getMessage().lines().findFirst().orElse("")));
      return null;
    }
    if (!hasCase) {
      problems.add(Problem.at(source, "has neither case: (the case inline) nor casePath: (a case file)"));
    }
    return problems.isEmpty() ? new GoldenCase(source, name, theCase, expect, absent, order) : null;
  }

  private interface CaseSupplier {
    Case get();
  }

  private static Case readCase(CaseSupplier reader, List<Problem> problems) {
    try {
      return reader.get();
    } catch (CaseFileException e) {
      problems.addAll(e.problems());
      return null;
    }
  }

  /**
   * Reads a block-style inline case from its own lines, shifting its problems' locations back into
   * the golden file; a flow-style one ({@code case: {id: x, ...}}) is read as JSON at the key's line.
   */
  private static Case inlineCase(String source, String text, int keyLine, JsonNode node, List<Problem> problems) {
    String[] lines = text.split("\n", -1);
    int end = keyLine; // 0-based index of the first line after the key
    while (end < lines.length && (lines[end].isBlank() || Character.isWhitespace(lines[end].charAt(0))
        || lines[end].startsWith("#"))) {
      end++;
    }
    String keyRest = lines[keyLine - 1].substring(lines[keyLine - 1].indexOf(':') + 1).strip();
    if (!keyRest.isEmpty() && !keyRest.startsWith("#")) {
      String json = node.toString();
      return readCase(() -> CaseReader.readJson(source, keyLine, json), problems);
    }
    int indent = Integer.MAX_VALUE;
    for (int i = keyLine; i < end; i++) {
      if (!lines[i].isBlank()) {
        indent = Math.min(indent, lines[i].length() - lines[i].stripLeading().length());
      }
    }
    StringBuilder body = new StringBuilder();
    for (int i = keyLine; i < end; i++) {
      body.append(lines[i].length() >= indent ? lines[i].substring(indent) : "").append('\n');
    }
    int shift = indent == Integer.MAX_VALUE ? 0 : indent;
    try {
      return CaseReader.read(source, body.toString());
    } catch (CaseFileException e) {
      for (Problem q : e.problems()) {
        problems.add(q.line() == 0 ? q : new Problem(source, q.line() + keyLine, q.column() == 0 ? 0 : q.column() + shift,
            q.message()));
      }
      return null;
    }
  }

  private static List<Expectation> expectations(JsonParser p, String source, List<Problem> problems) throws IOException {
    List<Expectation> expect = new ArrayList<>();
    if (p.currentToken() != JsonToken.START_ARRAY) {
      problems.add(new Problem(source, p.currentTokenLocation().getLineNr(), 0, "expect must be a list of {rule, rank, severity, evidence}"));
      p.skipChildren();
      return expect;
    }
    while (p.nextToken() != JsonToken.END_ARRAY) {
      int line = p.currentTokenLocation().getLineNr();
      JsonNode entry = p.readValueAsTree();
      int before = problems.size();
      if (entry == null || !entry.isObject() || !entry.hasNonNull("rule")) {
        problems.add(new Problem(source, line, 0, "each expect entry needs rule: (a rule id)"));
        continue;
      }
      for (Iterator<String> names = entry.fieldNames(); names.hasNext(); ) {
        String key = names.next();
        if (!EXPECT_KEYS.contains(key)) {
          problems.add(new Problem(source, line, 0, "unknown key '" + key + "' in expect; known: evidence, rank, rule, severity"));
        }
      }
      Integer rank = entry.hasNonNull("rank") ? entry.get("rank").asInt() : null;
      Severity severity = null;
      if (entry.hasNonNull("severity")) {
        severity = WireName.lookup(Severity.class, entry.get("severity").asText()).orElse(null);
        if (severity == null) {
          problems.add(new Problem(source, line, 0, "unknown severity '" + entry.get("severity").asText() + "'; known: "
              + String.join(", ", WireName.names(Severity.class))));
        }
      }
      Map<String, Double> evidence = new LinkedHashMap<>();
      if (entry.hasNonNull("evidence")) {
        entry.get("evidence").fields().forEachRemaining(f -> {
          if (f.getValue().isNumber()) {
            evidence.put(f.getKey(), f.getValue().asDouble());
          } else {
            problems.add(new Problem(source, line, 0, "evidence '" + f.getKey() + "' must be a number"));
          }
        });
      }
      if (problems.size() == before) {
        expect.add(new Expectation(entry.get("rule").asText(), rank, severity, evidence));
      }
    }
    return expect;
  }

  private static List<String> ids(JsonNode node, String source, int line, String key, List<Problem> problems) {
    if (node == null || !node.isArray()) {
      problems.add(new Problem(source, line, 0, key + " must be a list of rule ids"));
      return List.of();
    }
    List<String> ids = new ArrayList<>();
    node.forEach(n -> ids.add(n.asText()));
    return ids;
  }
}
