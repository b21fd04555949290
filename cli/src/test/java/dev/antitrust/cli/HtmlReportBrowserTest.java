package dev.antitrust.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.antitrust.engine.RiskEngine;
import dev.antitrust.engine.casefile.CaseReader;
import dev.antitrust.model.Assessment;
import dev.antitrust.model.Case;
import dev.antitrust.model.Concern;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The bundled case's HTML report in a real browser: Debian's headless Chromium, driven through
 * its chromedriver by Selenium, with both paths given so nothing is downloaded. The page must show
 * its charts and every concern, open a concern on click, and load nothing from elsewhere. The
 * report and a screenshot stay in {@code target/browser-artefacts/}. Skipped only where the Debian
 * packages {@code chromium} and {@code chromium-driver} are not installed.
 */
class HtmlReportBrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path ARTEFACTS = Path.of("target", "browser-artefacts");
  /**
   * Selenium warns that it has no DevTools binding for this Chromium's version; none is needed, as
   * the test uses chromedriver's own commands. Held here so the setting is not garbage-collected.
   */
  private static final Logger CDP_VERSION_FINDER = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

  private static ChromeDriverService service;
  private static ChromeDriver browser;
  private static Path profile;
  private static Assessment assessment;

  static final boolean BROWSER_INSTALLED = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  static final String SKIPPED = "HtmlReportBrowserTest skipped: it needs Debian's chromium and chromium-driver ("
      + CHROMIUM + ", " + CHROMEDRIVER + "); install them with: apt-get install -y chromium chromium-driver";

  @BeforeAll
  static void openTheReport() throws IOException {
    if (!BROWSER_INSTALLED) {
      // Said here as well, because a skip's reason shows only in the test reports, not in the build log.
      System.err.println(SKIPPED);
      return;
    }
    CDP_VERSION_FINDER.setLevel(Level.SEVERE);
    Files.createDirectories(ARTEFACTS);
    Path report = ARTEFACTS.resolve("report.html").toAbsolutePath();
    writeReport(report);
    // The driver's path, given twice over, keeps Selenium Manager from looking for (or downloading) one.
    System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
    service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    profile = Files.createTempDirectory("antitrust-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile, "--window-size=1280,1600");
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    browser.get(report.toUri().toString());
  }

  private static void writeReport(Path report) throws IOException {
    RiskEngine engine = EngineCache.forRules(List.of(), false, Optional.empty());
    Case sample;
    try (InputStream in = HtmlReportBrowserTest.class.getClassLoader().getResourceAsStream(AssessTask.SAMPLE_RESOURCE)) {
      sample = CaseReader.read(AssessTask.SAMPLE_NAME, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    assessment = engine.assess(sample, true);
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(report, StandardCharsets.UTF_8))) {
      new HtmlReport(Map.of(sample.id(), sample), engine).render(List.of(assessment), false, out);
    }
  }

  @AfterAll
  static void closeTheBrowser() throws IOException {
    if (browser != null) {
      browser.quit();
    }
    if (service != null) {
      service.stop();
    }
    if (profile != null) {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }

  @BeforeEach
  void needsTheBrowser() {
    assumeTrue(BROWSER_INSTALLED, SKIPPED);
  }

  @Test
  void report_showsChartsAndEveryConcern_opensOneOnClick_loadsNothing() throws IOException {
    assertThat(browser.getTitle()).startsWith("Antitrust screening: SpaceX/xAI");
    for (String chart : List.of("svg.ranked", "svg.heatmap", "svg.shares", "svg.hhi", "svg.delta-hhi", "svg.pipelines")) {
      WebElement svg = browser.findElement(By.cssSelector(chart));
      assertThat(svg.isDisplayed()).as(chart).isTrue();
      assertThat(svg.getRect().getWidth()).as(chart + " width").isGreaterThan(200);
      assertThat(svg.getRect().getHeight()).as(chart + " height").isGreaterThan(40);
    }
    assertThat(browser.findElements(By.cssSelector("svg.ranked rect"))).hasSize(assessment.concerns().size());
    for (Concern c : assessment.concerns()) {
      WebElement details = browser.findElement(By.id(Html.concernId(assessment.caseId(), c)));
      assertThat(details.findElement(By.tagName("summary")).getText()).contains(c.ruleId());
      assertThat(details.findElement(By.cssSelector(".explanation")).isDisplayed()).as("folded").isFalse();
    }

    Concern second = assessment.concerns().get(1);
    WebElement details = browser.findElement(By.id(Html.concernId(assessment.caseId(), second)));
    WebElement summary = details.findElement(By.tagName("summary"));
    browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", summary);
    summary.click();
    WebElement explanation = details.findElement(By.cssSelector(".explanation"));
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOf(explanation));
    assertThat(details.getDomAttribute("open")).isNotNull();
    assertThat(explanation.getText()).contains("Facts", "colossus-deal");

    Object resources = browser.executeScript("return performance.getEntriesByType('resource').length");
    assertThat(((Number) resources).longValue()).as("resources fetched by the page").isZero();

    screenshot(ARTEFACTS.resolve("report.png"));
  }

  /** The whole page as one PNG, through chromedriver's DevTools command; the window alone if that fails. */
  private static void screenshot(Path png) throws IOException {
    byte[] bytes;
    try {
      Map<String, Object> metrics = browser.executeCdpCommand("Page.getLayoutMetrics", Map.of());
      @SuppressWarnings("unchecked")
      Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
      Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", size.get("width"), "height", size.get("height"),
          "scale", 1);
      Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot",
          Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
      bytes = Base64.getDecoder().decode((String) shot.get("data"));
    } catch (RuntimeException e) {
      bytes = browser.getScreenshotAs(OutputType.BYTES);
    }
    Files.write(png, bytes);
    assertThat(bytes.length).as("screenshot size").isGreaterThan(10_000);
  }
}
