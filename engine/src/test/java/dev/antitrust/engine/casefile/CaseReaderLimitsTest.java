package dev.antitrust.engine.casefile;

import static dev.antitrust.engine.casefile.CaseReaderBindingTest.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.antitrust.model.Problem;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The edges of {@link CaseLimits}: a value at a limit is read, one past it is refused (the corpus in
 * {@code bad-cases} has the far side of each), and decoding says where the bytes went wrong.
 */
class CaseReaderLimitsTest {
  private static final String HEAD = "{\"id\": \"c\", \"asOf\": \"2026-05-06\", ";

  private static String jurisdictions(int n) {
    return IntStream.range(0, n).mapToObj(i -> "\"J" + i + "\"").collect(Collectors.joining(", ", "[", "]"));
  }

  @Test
  void read_listOfExactlyTheMostEntries_isRead() {
    String json = HEAD + "\"jurisdictions\": " + jurisdictions(CaseLimits.MAX_ENTRIES) + "}";

    assertThat(CaseReader.read("case.json", json).jurisdictions()).hasSize(CaseLimits.MAX_ENTRIES);
  }

  @Test
  void read_listOfOneEntryTooMany_isRefusedAtTheList() {
    String json = HEAD + "\"jurisdictions\": " + jurisdictions(CaseLimits.MAX_ENTRIES + 1) + "}";

    assertThat(problems("case.json", json)).containsExactly(
        "case.json:1:52: jurisdictions: the list has 1,001 entries, more than the 1,000 a list may have");
  }

  @Test
  void read_tooManyEntriesUnderAnUnknownField_isRefusedToo() {
    String yaml = "id: c\nasOf: 2026-05-06\nextra:\n" + "  - x\n".repeat(CaseLimits.MAX_ENTRIES + 1);

    assertThat(problems("case.yaml", yaml)).containsExactly(
        "case.yaml:4:3: extra: the list has 1,001 entries, more than the 1,000 a list may have");
  }

  @Test
  void read_textOfExactlyTheMostCharacters_isRead_andOneMoreIsRefused() {
    String most = "x".repeat(CaseLimits.MAX_TEXT_CHARS);

    assertThat(CaseReader.read("case.json", HEAD + "\"notes\": \"" + most + "\"}").notes()).isEqualTo(most);
    assertThat(problems("case.json", HEAD + "\"notes\": \"" + most + "y\"}")).containsExactly(
        "case.json:1:44: notes: the text has 1,048,577 characters, more than the 1,048,576 a value may have");
  }

  @Test
  void read_numberOfExactlyTheMostCharacters_isRead() {
    String digits = "1." + "0".repeat(CaseLimits.MAX_NUMBER_CHARS - 2);

    assertThat(CaseReader.read("case.json", HEAD + "\"fx\": {\"EUR\": " + digits + "}}").fx()).containsEntry("EUR", 1.0);
    assertThat(CaseReader.read("case.yaml", "id: c\nasOf: 2026-05-06\nfx: {EUR: " + digits + "}\n").fx())
        .containsEntry("EUR", 1.0);
  }

  @Test
  void read_yamlCoreTags_areAccepted() {
    assertThat(CaseReader.read("case.yaml", "id: !!str 007\nasOf: 2026-05-06\nfx: !!map {EUR: !!float 1.5}\n").id())
        .isEqualTo("007");
  }

  @Test
  void read_unknownFieldsWithListValues_areEachLocatedAtTheirOwnKey() {
    assertThat(problems("case.yaml", "id: c\nasOf: 2026-05-06\nx0: [1, 2]\nx1: {a: 1}\ncompanies:\n  - {id: a, y: [1]}\n"))
        .containsExactly(
            "case.yaml:3:1: unknown field 'x0' in case; known fields: schemaVersion, id, title, asOf, jurisdictions, "
                + "currency, fx, companies, markets, agreements, pipelines, hardware, people, notes",
            "case.yaml:4:1: unknown field 'x1' in case; known fields: schemaVersion, id, title, asOf, jurisdictions, "
                + "currency, fx, companies, markets, agreements, pipelines, hardware, people, notes",
            "case.yaml:6:13: unknown field 'y' in company; known fields: id, name, parent, hq, turnover, marketCap, "
                + "stateOwnership, defenceContractor, capital, gatekeeper, euMonthlyEndUsers, euYearlyBusinessUsers, "
                + "sectors");
  }

  @Test
  void decode_validUtf8_isTheText() {
    assertThat(CaseReader.decode("case.yaml", 0, "id: café\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("id: café\n");
  }

  @Test
  void decode_badByteInAJsonLinesRecord_isLocatedOnThatLine() {
    byte[] line = "{\"id\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);

    assertThatThrownBy(() -> CaseReader.decode("batch.jsonl", 7, line))
        .isInstanceOfSatisfying(CaseFileException.class, e -> assertThat(e.problems()).map(Problem::toString)
            .containsExactly("batch.jsonl:7:12: the text is not valid UTF-8 (byte 0xE9); save the file as UTF-8"));
  }
}
