package dev.antitrust.engine.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.antitrust.model.Agreement;
import dev.antitrust.model.AgreementKind;
import dev.antitrust.model.Case;
import dev.antitrust.model.Company;
import dev.antitrust.model.HardwareAsset;
import dev.antitrust.model.HardwareKind;
import dev.antitrust.model.InformationKind;
import dev.antitrust.model.InputKind;
import dev.antitrust.model.Market;
import dev.antitrust.model.Person;
import dev.antitrust.model.Pipeline;
import dev.antitrust.model.Problem;
import dev.antitrust.model.Role;
import dev.antitrust.model.RoleKind;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading valid cases, the three entry points, and the file-level failures. */
class CaseReaderTest {

  @TempDir Path dir;

  /** The case of src/test/resources/casefile/colossus.yaml, written out record by record. */
  private static Case colossus() {
    return new Case(
        1,
        "spacexai-anthropic-colossus",
        "SpaceX/xAI – Anthropic Colossus 1 compute agreement",
        LocalDate.of(2026, 5, 6),
        List.of("US", "EU", "UK"),
        "USD",
        Map.of("EUR", 1.08, "GBP", 1.27),
        List.of(
            new Company("spacex", "SpaceX", null, "US",
                Map.of("worldwide", 15.5e9, "EU", 0.9e9, "UK", 0.4e9, "US", 12.0e9), 1.0e12, 0, true, null, false, null, null, List.of()),
            new Company("xai", "xAI", "spacex", "US", Map.of(), null, 0, false, null, false, null, null, List.of()),
            new Company("anthropic", "Anthropic", null, "US", Map.of(), null, 0, false, null, false, null, null, List.of()),
            new Company("openai", "OpenAI", null, "US", Map.of(), null, 0, false, null, false, null, null, List.of()),
            new Company("google", "Google", null, "US", Map.of(), null, 0, false, null, false, null, null, List.of())),
        List.of(
            new Market("frontier-models", "Frontier foundation-model APIs", "worldwide",
                Map.of("openai", 35.0, "google", 22.0, "anthropic", 24.0, "xai", 7.0, "others", 12.0), null),
            new Market("ai-compute", "AI training compute", "worldwide",
                Map.of("xai", 10.0, "google", 30.0, "others", 60.0), null)),
        List.of(new Agreement("colossus-deal", AgreementKind.COMPUTE_SUPPLY, List.of("xai", "anthropic"),
            List.of("ai-compute", "frontier-models"), 1.0e10, 36, 0, false, 0,
            List.of(InformationKind.USAGE_DATA, InformationKind.CAPACITY_PLANS), 0, false, false, false, null, List.of(),
            false)),
        List.of(new Pipeline("colossus-1-capacity", "colossus-deal", "xai", "anthropic", InputKind.COMPUTE,
            true, 100, 12, 36, null, false)),
        List.of(new HardwareAsset("colossus-1", "xai", HardwareKind.GPU_CLUSTER, 220_000, "H100", 15832.0,
            19.6, 300.0, List.of("US"), List.of("anthropic"), null)),
        List.of(new Person("director-1", "director-1", List.of(
            new Role("spacex", RoleKind.DIRECTOR), new Role("anthropic", RoleKind.OBSERVER)))),
        "Reported facts; value, duration and exclusivity are assumptions.");
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(CaseReaderTest.class.getResource("/casefile/" + name).toURI());
  }

  private static List<String> problems(Runnable read) {
    try {
      read.run();
    } catch (CaseFileException e) {
      return e.problems().stream().map(Problem::toString).toList();
    }
    throw new AssertionError("expected a CaseFileException");
  }

  @Test
  void read_fullYamlCase_bindsEveryField() throws Exception {
    assertThat(CaseReader.read(resource("colossus.yaml"))).isEqualTo(colossus());
  }

  @Test
  void read_sameCaseInJson_equalsTheYamlCase() throws Exception {
    Case fromJson = CaseReader.read(resource("colossus.json"));

    assertThat(fromJson).isEqualTo(CaseReader.read(resource("colossus.yaml"))).isEqualTo(colossus());
  }

  @Test
  void read_jsonTextUnderJsonName_usesJsonParser() throws Exception {
    String json = Files.readString(resource("colossus.json"));

    assertThat(CaseReader.read("CASE.JSON", json)).isEqualTo(colossus());
  }

  @Test
  void read_minimalCase_appliesDefaults() {
    Case c = CaseReader.read("case.yaml", "id: c\nasOf: 2026-05-06\n");

    assertThat(c).isEqualTo(new Case(1, "c", "c", LocalDate.of(2026, 5, 6), List.of(), "USD", Map.of(),
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null));
  }

  @Test
  void read_yamlFlagLikeText_keepsTheTextAsWritten() {
    Case c = CaseReader.read("case.yaml", """
        id: c
        asOf: 2026-05-06
        title: NO
        jurisdictions: [NO, 12]
        """);

    assertThat(c.title()).isEqualTo("NO");
    assertThat(c.jurisdictions()).containsExactly("NO", "12");
  }

  @Test
  void read_byteOrderMarkAtStart_isAccepted() throws IOException {
    Path file = dir.resolve("bom.yaml");
    Files.write(file, ("\uFEFFid: c\nasOf: 2026-05-06\n").getBytes(StandardCharsets.UTF_8));

    assertThat(CaseReader.read(file).id()).isEqualTo("c");
    assertThat(CaseReader.read("bom.json", "\uFEFF{\"id\": \"c\", \"asOf\": \"2026-05-06\"}").id()).isEqualTo("c");
  }

  @Test
  void read_missingFile_reportsCannotRead() {
    Path file = dir.resolve("nope.yaml");

    assertThat(problems(() -> CaseReader.read(file))).containsExactly(file + ": cannot read file: no such file");
  }

  @Test
  void read_directory_reportsCannotRead() {
    assertThat(problems(() -> CaseReader.read(dir))).containsExactly(dir + ": cannot read file: is a directory");
  }

  @Test
  void read_fileNotUtf8_pointsAtTheFirstBadByte() throws IOException {
    Path file = dir.resolve("latin1.yaml");
    Files.write(file, "title: caf\u00e9\nid: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

    assertThat(problems(() -> CaseReader.read(file)))
        .containsExactly(file + ":1:11: the text is not valid UTF-8 (byte 0xE9); save the file as UTF-8");
  }

  @Test
  void read_fileOver16MiB_isRejectedBeforeParsing() throws IOException {
    Path file = dir.resolve("big.yaml");
    byte[] bytes = new byte[16 * 1024 * 1024 + 1];
    Arrays.fill(bytes, (byte) '#');
    Files.write(file, bytes);

    assertThat(problems(() -> CaseReader.read(file)))
        .containsExactly(file + ": the input has 16,777,217 bytes, more than the 16,777,216 (16 MiB) a case file may have");
  }

  @Test
  void read_textOver16MiB_isRejected() {
    String text = "#".repeat(16 * 1024 * 1024 - 1) + "\u00e9";

    assertThat(problems(() -> CaseReader.read("big.yaml", text)))
        .containsExactly("big.yaml: the input has 16,777,217 bytes, more than the 16,777,216 (16 MiB) a case file may have");
  }

  @Test
  void read_textOfJust16MiB_isNotRejectedForSize() {
    String comments = ("#" + "x".repeat(1022) + "\n").repeat(16 * 1024 - 1);
    String text = "id: c\nasOf: 2026-05-06\n" + comments + "#".repeat(1024 - 24) + "\n";

    assertThat(text).hasSize(16 * 1024 * 1024);
    assertThat(CaseReader.read("big.yaml", text).id()).isEqualTo("c");
  }

  @Test
  void read_yamlLineOver256KiB_isRejectedBeforeParsing() {
    String text = "id: c\nasOf: 2026-05-06\nnotes: " + "x".repeat(256 * 1024) + "\n";

    assertThat(problems(() -> CaseReader.read("case.yaml", text))).containsExactly("case.yaml:3: the line has 262,151 "
        + "characters, more than the 262,144 a line of a YAML case file may have; break it up, or write the case as JSON");
  }

  @Test
  void read_jsonLineOver256KiB_isRead() {
    String text = "{\"id\": \"c\", \"asOf\": \"2026-05-06\", \"notes\": \"" + "x".repeat(1024 * 1024) + "\"}";

    assertThat(CaseReader.read("case.json", text).notes()).hasSize(1024 * 1024);
  }

  @Test
  void readJson_validLine_readsTheCase() {
    Case c = CaseReader.readJson("batch.jsonl", 3, "{\"id\": \"c\", \"asOf\": \"2026-05-06\"}");

    assertThat(c.id()).isEqualTo("c");
  }

  @Test
  void readJson_problems_areLocatedAtFileLineAndColumn() {
    String line = "{\"id\": \"c\", \"asOf\": \"2026-05-06\", \"titel\": \"T\", \"companies\": [{\"id\": \"a\", \"parent\": \"b\"}]}";

    assertThat(problems(() -> CaseReader.readJson("batch.jsonl", 7, line))).containsExactly(
        "batch.jsonl:7:35: unknown field 'titel' in case (did you mean 'title'?)",
        "batch.jsonl:7:75: companies[0].parent: unknown company 'b'");
  }

  @Test
  void readJson_malformedLine_isLocatedOnThatLine() {
    assertThat(problems(() -> CaseReader.readJson("batch.jsonl", 12, "{\"id\": \"c\",}")))
        .containsExactly("batch.jsonl:12:12: malformed JSON: unexpected character ('}' (code 125)): "
            + "was expecting double-quote to start field name");
  }

  @Test
  void readJson_emptyLine_pointsAtTheLine() {
    assertThat(problems(() -> CaseReader.readJson("batch.jsonl", 4, "  ")))
        .containsExactly("batch.jsonl:4: empty line; a JSON Lines file has one case per line");
  }

  @Test
  void readJson_lineBelowOne_isAProgrammingError() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CaseReader.readJson("batch.jsonl", 0, "{}"))
        .withMessage("line must be 1 or more, got 0");
  }

  @Test
  void read_problems_areTheExceptionMessageOnePerLine() {
    assertThatThrownBy(() -> CaseReader.read("case.yaml", "id: c\nasOf: 2026-05-06\ntitel: T\nnots: x\n"))
        .isInstanceOf(CaseFileException.class)
        .hasMessage("case.yaml:3:1: unknown field 'titel' in case (did you mean 'title'?)"
            + System.lineSeparator()
            + "case.yaml:4:1: unknown field 'nots' in case (did you mean 'notes'?)");
  }

  @Test
  void read_manyThreadsAtOnce_eachGetsItsOwnResultAndProblems() throws Exception {
    String yaml = Files.readString(resource("colossus.yaml"));

    List<Object> results = IntStream.range(0, 64).parallel()
        .mapToObj(i -> i % 2 == 0
            ? (Object) CaseReader.read("case.yaml", yaml)
            : problems(() -> CaseReader.read("case" + i + ".yaml", "id: c\nasOf: 2026-05-06\ntitel: x\n")))
        .toList();

    for (int i = 0; i < results.size(); i++) {
      assertThat(results.get(i)).isEqualTo(i % 2 == 0 ? colossus()
          : List.of("case" + i + ".yaml:3:1: unknown field 'titel' in case (did you mean 'title'?)"));
    }
  }
}
