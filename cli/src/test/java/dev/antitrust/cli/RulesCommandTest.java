package dev.antitrust.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code antitrust rules list|show|export} on the built-in pack. */
class RulesCommandTest {
  @TempDir
  Path temp;

  @Test
  void list_text_oneRowPerRuleSortedById() {
    Invocation run = Invocation.of("rules", "list");

    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.outLines().get(0)).matches("ID\\s+SEVERITY\\s+JUR\\s+CATEGORY\\s+TITLE");
    assertThat(run.outLines()).anySatisfy(l -> assertThat(l).matches(
        "US-HSR-SOT-ABOVE-CAP\\s+low\\s+US\\s+merger-filing\\s+Deal value above the HSR threshold.*"));
    assertThat(run.outLines()).last().asString().matches("\\d+ rules");
  }

  @Test
  void list_json_isAnArrayOfRulesWithWireNames() throws Exception {
    Invocation run = Invocation.of("rules", "list", "--format", "json");

    assertThat(run.exitCode()).as("%s", run).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.isArray()).isTrue();
    JsonNode hsr = Stream.iterate(0, i -> i + 1).limit(json.size()).map(json::get)
        .filter(r -> r.get("id").textValue().equals("US-HSR-SOT-ABOVE-CAP")).findFirst().orElseThrow();
    assertThat(hsr.get("severity").textValue()).isEqualTo("low");
    assertThat(hsr.get("category").textValue()).isEqualTo("merger-filing");
    assertThat(hsr.get("thresholdKeys").get(0).textValue()).isEqualTo("us.hsr.regardless-of-size-of-person");
  }

  @Test
  void list_markdown_isTheCatalogue() {
    Invocation run = Invocation.of("rules", "list", "--format", "markdown");

    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.out()).startsWith("# Rule catalogue").contains("## merger-filing", "`US-HSR-SOT-ABOVE-CAP`");
  }

  @Test
  void list_unknownFormat_exits2() {
    Invocation run = Invocation.of("rules", "list", "--format", "xml");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines().get(0)).isEqualTo(
        "Invalid value for option '--format': 'xml' is not an output format; expected one of text, json, markdown");
  }

  @Test
  void show_knownRule_printsMetadataThresholdRowsAndSource() {
    Invocation run = Invocation.of("rules", "show", "US-HSR-SOT-ABOVE-CAP");

    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.outLines()).startsWith(
        "US-HSR-SOT-ABOVE-CAP: Deal value above the HSR threshold that applies regardless of size of person",
        "  category:     merger-filing",
        "  jurisdiction: US",
        "  severity:     low");
    assertThat(run.out()).contains("  file:         builtin:filing/us-hsr.drl",
        "    us.hsr.regardless-of-size-of-person = 535,500,000 USD, from 2026-02-17",
        "rule \"HSR filing: reportable regardless of size of person\"", "@id(\"US-HSR-SOT-ABOVE-CAP\")");
  }

  @Test
  void show_misspeltId_exits2AndSuggests() {
    Invocation run = Invocation.of("rules", "show", "US-HSR-SOT-ABOVE-CAPP");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly(
        "No rule has the id 'US-HSR-SOT-ABOVE-CAPP' (did you mean 'US-HSR-SOT-ABOVE-CAP'?);"
            + " 'antitrust rules list' lists them",
        "Try 'antitrust rules show --help' for more information.");
  }

  @Test
  void export_emptyFolder_writesThePackThatThenValidates() {
    Path pack = temp.resolve("my-rules");
    Invocation run = Invocation.of("rules", "export", pack.toString());

    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.out()).matches("Wrote \\d+ files to " + java.util.regex.Pattern.quote(pack.toString())
        + "; edit them, then: antitrust validate --rules .*\\R");
    assertThat(pack.resolve("thresholds.csv")).exists();
    assertThat(pack.resolve("lists.csv")).exists();
    assertThat(pack.resolve("filing/us-hsr.drl")).exists();
    assertThat(Invocation.of("validate", "--rules", pack.toString()).exitCode()).isZero();
  }

  @Test
  void export_existingFiles_refusedWithoutForceAndNothingWritten() throws Exception {
    Path pack = temp.resolve("my-rules");
    Files.createDirectories(pack.resolve("filing"));
    Files.writeString(pack.resolve("filing/us-hsr.drl"), "mine");

    Invocation run = Invocation.of("rules", "export", pack.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly(
        pack.resolve("filing/us-hsr.drl") + ": exists; use --force to overwrite it",
        "Try 'antitrust rules export --help' for more information.");
    assertThat(pack.resolve("thresholds.csv")).doesNotExist();
    assertThat(Files.readString(pack.resolve("filing/us-hsr.drl"))).isEqualTo("mine");
  }

  @Test
  void export_force_overwrites() throws Exception {
    Path pack = temp.resolve("my-rules");
    Files.createDirectories(pack.resolve("filing"));
    Files.writeString(pack.resolve("filing/us-hsr.drl"), "mine");

    assertThat(Invocation.of("rules", "export", "--force", pack.toString()).exitCode()).isZero();
    assertThat(Files.readString(pack.resolve("filing/us-hsr.drl"))).contains("US-HSR-SOT-ABOVE-CAP");
  }
}
