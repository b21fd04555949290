package dev.antitrust.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code batch --format html} on a generated corpus with damaged lines, checked against the JSON
 * Lines records of the same run: a section per case with concerns and per error, none for the rest,
 * counts that match, and links that land.
 */
class HtmlBatchReportTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int CASES = 80;

  @TempDir
  static Path dir;

  private static Document page;
  private static List<JsonNode> records;
  private static String summary;

  @BeforeAll
  static void runTheCorpusInBothFormats() throws IOException {
    Path corpus = dir.resolve("corpus.jsonl");
    Invocation.of("generate", "--cases", "" + CASES, "--seed", "5", "--corrupt", "10", "--out", corpus.toString());
    Path html = dir.resolve("r.html");
    Path jsonl = dir.resolve("r.jsonl");
    Invocation htmlRun = Invocation.of("batch", corpus.toString(), "--format", "html", "--out", html.toString(), "--quiet");
    Invocation.of("batch", corpus.toString(), "--out", jsonl.toString(), "--quiet");
    summary = htmlRun.errLines().get(0);
    page = Jsoup.parse(Files.readString(html));
    records = new ArrayList<>();
    for (String line : Files.readAllLines(jsonl)) {
      records.add(MAPPER.readTree(line));
    }
  }

  @Test
  void sections_onlyForCasesWithConcernsAndForErrors_inInputOrder() {
    List<String> expected = new ArrayList<>();
    for (JsonNode r : records) {
      if (r.has("error")) {
        expected.add(HtmlBatchReport.errorAnchor(r.get("error").get("source").textValue()));
      } else if (!r.get("concerns").isEmpty()) {
        expected.add(HtmlBatchReport.caseAnchor(location(r)));
      }
    }
    assertThat(records.stream().filter(r -> r.has("concerns") && r.get("concerns").isEmpty()))
        .as("the corpus has cases without concerns, which get no section").isNotEmpty();
    assertThat(page.select("section.case").eachAttr("id")).isEqualTo(expected);
    for (JsonNode r : records) {
      if (r.has("concerns") && !r.get("concerns").isEmpty()) {
        Element section = page.getElementById(HtmlBatchReport.caseAnchor(location(r)));
        assertThat(section.select("tbody tr")).hasSameSizeAs(r.get("concerns"));
        assertThat(section.text()).contains(r.get("concerns").get(0).get("finding").textValue());
      }
    }
  }

  @Test
  void overview_countsMatchTheRunAndLinksLand() {
    long errors = records.stream().filter(r -> r.has("error")).count();
    long concerns = records.stream().filter(r -> r.has("concerns")).mapToLong(r -> r.get("concerns").size()).sum();
    String overview = page.selectFirst("section.overview").text();

    assertThat(errors).as("the corpus has errors").isPositive();
    assertThat(overview).contains(CASES + ": " + (CASES - errors) + " assessed, " + errors + " errors");
    assertThat(summary).startsWith(CASES + " cases: " + (CASES - errors) + " results, " + errors + " errors");
    long shown = page.select("table.counts td.num").eachText().stream().mapToLong(t -> Long.parseLong(t.replace(",", "")))
        .sum();
    assertThat(shown).isEqualTo(concerns);
    assertThat(page.select("svg.by-highest, svg.by-category, svg.heatmap")).hasSize(3);
    assertThat(page.select("table.top-cases tbody tr")).hasSizeBetween(1, BatchHighlights.TOP_CASES);
    assertThat(page.select("a[href]").eachAttr("href")).isNotEmpty()
        .allSatisfy(href -> assertThat(page.getElementById(href.substring(1))).as(href).isNotNull());
  }

  @Test
  void topCases_mostSeriousFirst() {
    List<String> severities = page.select("table.top-cases tbody tr td:nth-child(2)").eachText();
    List<String> order = List.of("critical", "high", "medium", "low", "info");
    assertThat(severities).isSortedAccordingTo((a, b) -> order.indexOf(a) - order.indexOf(b));
  }

  private static String location(JsonNode result) {
    // A result record does not carry its location; the generated corpus has its case on line n as gen-5-n.
    String id = result.get("caseId").textValue();
    return dir.resolve("corpus.jsonl") + ":" + id.substring(id.lastIndexOf('-') + 1);
  }
}
