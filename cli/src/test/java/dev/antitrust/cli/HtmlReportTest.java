package dev.antitrust.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.antitrust.engine.RiskEngine;
import dev.antitrust.engine.casefile.CaseReader;
import dev.antitrust.model.Assessment;
import dev.antitrust.model.Case;
import dev.antitrust.model.Concern;
import dev.antitrust.model.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code assess --format html}: the page of the bundled case has every concern and chart; case text
 * cannot break out of the page; anchors do not move when ranks do; nothing is loaded from elsewhere.
 * The built-in engine is compiled once (see {@link EngineCache}) and shared with the other tests.
 */
class HtmlReportTest {
  /** A case whose every free-text field tries to break out of its element or attribute. */
  static final String HOSTILE = """
      schemaVersion: 1
      id: hostile
      title: "<script>alert('title')</script> & co"
      asOf: 2026-05-06
      jurisdictions: [US]
      companies:
        - {id: big, name: "Big \\" onmouseover=\\"alert(1)"}
        - {id: buyer, name: "<img src=x onerror=alert(2)>"}
        - {id: target, name: "Target </td></tr></table><script>alert(3)</script>"}
      markets:
        - id: widgets
          name: "<b>widgets</b> & \\"gadgets\\""
          geography: US
          shares: {big: 40, buyer: 10, target: 6, others: 44}
      agreements:
        - {id: the-deal, kind: acquisition, parties: [buyer, target], markets: [widgets], equityStake: 100}
      notes: "</p><script>alert(4)</script><link rel=stylesheet href=https://example.invalid/x.css>"
      """;

  private static RiskEngine engine;
  private static Case sample;
  private static Assessment sampleAssessment;
  private static Document samplePage;

  @TempDir
  Path temp;

  @BeforeAll
  static void assessTheBundledCase() throws IOException {
    engine = EngineCache.forRules(List.of(), false, Optional.empty());
    try (InputStream in = HtmlReportTest.class.getClassLoader().getResourceAsStream(AssessTask.SAMPLE_RESOURCE)) {
      sample = CaseReader.read(AssessTask.SAMPLE_NAME, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    sampleAssessment = engine.assess(sample, true);
    samplePage = Jsoup.parse(render(sample, sampleAssessment));
  }

  static String render(Case theCase, Assessment assessment) {
    StringWriter html = new StringWriter();
    new HtmlReport(Map.of(theCase.id(), theCase), engine).render(List.of(assessment), false, new PrintWriter(html));
    return html.toString();
  }

  @Test
  void page_bundledCase_everyConcernFoldedUnderItsAnchorWithFindingAndExplanation() {
    List<Concern> concerns = sampleAssessment.concerns();
    assertThat(concerns).hasSize(9);
    assertThat(samplePage.select("details.concern")).hasSameSizeAs(concerns);
    for (Concern c : concerns) {
      Element details = samplePage.getElementById(Html.concernId(sample.id(), c));
      assertThat(details).as("the details of %s", c.ruleId()).isNotNull();
      assertThat(details.tagName()).isEqualTo("details");
      assertThat(details.hasAttr("open")).as("folded until clicked").isFalse();
      assertThat(details.selectFirst("summary").text()).contains(c.ruleId(), c.finding(), "#" + c.rank());
      assertThat(details.selectFirst(".body").text()).contains(c.citation());
      assertThat(details.select(".explanation h5").eachText()).contains("Facts");
      assertThat(details.hasClass(Html.severityClass(c.severity()))).isTrue();
    }
  }

  @Test
  void page_bundledCase_hasTheOverviewMarketsAndSupplyCharts() {
    assertThat(samplePage.select("svg.ranked a")).hasSize(9);
    assertThat(samplePage.select("svg.ranked a").eachAttr("href"))
        .allSatisfy(href -> assertThat(samplePage.getElementById(href.substring(1))).isNotNull());
    assertThat(samplePage.select("svg.heatmap text.on-dark").eachText())
        .as("US coordination, EU and UK coordination, export control twice...").contains("2");
    assertThat(samplePage.select("section.market")).hasSize(2);
    assertThat(samplePage.select("svg.shares")).hasSize(2);
    assertThat(samplePage.select("svg.hhi")).hasSize(2);
    assertThat(samplePage.select("svg.delta-hhi")).as("only frontier-models has a deal").hasSize(1);
    assertThat(samplePage.select("svg.hhi text.ref-label").eachText()).contains("1,800 US", "2,000 EU");
    assertThat(samplePage.select("svg.pipelines line.exclusive")).hasSize(1);
    assertThat(samplePage.select("table.hardware td").eachText())
        .anySatisfy(cell -> assertThat(cell).contains("3A090.a", "US-EAR-3A090A"));
    String overview = samplePage.selectFirst("section.overview").text();
    assertThat(overview).contains("2026-05-06", "US, EU, UK", sampleAssessment.rulePack().version(),
        sampleAssessment.rulePack().sha256());
  }

  @Test
  void concernAnchors_dependOnRuleAndSubjectsNotRank() {
    Concern concern = sampleAssessment.concerns().get(3);
    Assessment reranked = new Assessment(sample.id(), sample.title(), sample.asOf(), "0", sampleAssessment.rulePack(),
        List.of(concern.withRank(1)));

    Document page = Jsoup.parse(render(sample, reranked));

    assertThat(page.select("details.concern").eachAttr("id")).containsExactly(Html.concernId(sample.id(), concern));
    assertThat(Html.concernId(sample.id(), concern))
        .isEqualTo("concern--spacexai-anthropic-colossus--US-RIVAL-EXCLUSIVE-INPUT--"
            + "colossus-1-capacity_xai_anthropic_frontier-models");
  }

  @Test
  void concernAnchors_sameRuleAndSubjectsTwice_stayUnique() {
    Concern one = Fixtures.concern(1, Severity.HIGH, "First.");
    Concern two = Fixtures.concern(2, Severity.LOW, "Second.");
    Assessment a = Fixtures.assessment(one, two);
    StringWriter html = new StringWriter();

    new HtmlReport(Map.of(), null).render(List.of(a), false, new PrintWriter(html));

    List<String> ids = Jsoup.parse(html.toString()).select("details.concern").eachAttr("id");
    assertThat(ids).doesNotHaveDuplicates().hasSize(2);
  }

  @Test
  void hostileCaseText_staysText() {
    Case hostile = CaseReader.read("hostile.yaml", HOSTILE);
    Assessment assessment = engine.assess(hostile, true);
    Concern evil = new Concern(assessment.concerns().size() + 1, 10, "X-<script>alert(5)</script>", "<i>title</i>",
        dev.antitrust.model.Category.GATEKEEPER, "U\"S", Severity.INFO, "finding </summary></details><script>x</script>",
        "see <a href=\"javascript:alert(6)\">here</a>", List.of("big"), Map.of(), Map.of());
    List<Concern> concerns = new java.util.ArrayList<>(assessment.concerns());
    concerns.add(evil);
    Assessment withEvil = new Assessment(assessment.caseId(), assessment.title(), assessment.asOf(),
        assessment.engineVersion(), assessment.rulePack(), concerns);

    String html = render(hostile, withEvil);
    Document page = Jsoup.parse(html);

    assertThat(assessment.concerns()).as("the hostile case raises concerns, so findings carry its text").isNotEmpty();
    assertThat(page.select("script")).as("only the report's own script").hasSize(1);
    assertThat(page.select("img, b, i, link, a[href^=javascript]")).isEmpty();
    assertThat(page.getAllElements()).allSatisfy(e -> assertThat(e.attributes().asList())
        .extracting(Attribute::getKey).noneMatch(key -> key.startsWith("on")));
    assertThat(page.title()).contains("<script>alert('title')</script> & co");
    assertThat(page.select("details.concern")).hasSize(concerns.size());
    assertThat(page.text()).contains("<img src=x onerror=alert(2)>", "<b>widgets</b> & \"gadgets\"",
        "</p><script>alert(4)</script>", "finding </summary></details><script>x</script>");
    assertThat(page.selectFirst("svg.shares").text()).contains("<img src=x onerror=alert(2)>");
  }

  @Test
  void page_loadsNothingFromElsewhere() {
    String html = samplePage.outerHtml();
    assertThat(samplePage.select("[src], link, iframe, object, embed, base")).isEmpty();
    assertThat(samplePage.select("[href]").eachAttr("href")).isNotEmpty().allMatch(href -> href.startsWith("#"));
    assertThat(samplePage.select("script").eachAttr("src")).isEmpty();
    assertThat(samplePage.select("style").html()).doesNotContain("url(", "@import");
    assertThat(Pattern.compile("(?i)(src|href)\\s*=\\s*\"?\\s*(https?:)?//").matcher(html).find()).isFalse();
  }

  @Test
  void assess_htmlWithOut_writesThePageToTheFileOnly() throws IOException {
    Path report = temp.resolve("report.html");

    Invocation run = Invocation.of("assess", "--format", "html", "--out", report.toString());

    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.out()).isEmpty();
    Document page = Jsoup.parse(Files.readString(report));
    assertThat(page.select("details.concern").eachAttr("id"))
        .isEqualTo(samplePage.select("details.concern").eachAttr("id"));
  }

  @Test
  void assess_outInMissingDirectory_isAUsageError() {
    Invocation run = Invocation.of("assess", "--format", "html", "--out", temp.resolve("no/such/dir/r.html").toString());

    assertThat(run.exitCode()).as("%s", run).isEqualTo(ExitCodes.INVALID);
    assertThat(run.err()).contains("--out", "does not exist");
  }
}
