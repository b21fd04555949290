package dev.antitrust.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.antitrust.engine.batch.BatchError;
import dev.antitrust.engine.batch.BatchRecord;
import dev.antitrust.engine.batch.BatchRecords;
import dev.antitrust.engine.batch.RecordJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch records every runner writes: one per input case, a result or an error that says where. */
class BatchRecordsTest {
  @TempDir
  static Path dir;

  private static RiskEngine engine;
  private static String caseLine;

  @BeforeAll
  static void engineAndCase() throws IOException {
    engine = TestPacks.engine(TestPacks.pack(dir, TestPacks.SHARE_RULE));
    try (InputStream in = BatchRecordsTest.class.getResourceAsStream("/casefile/colossus.json")) {
      JsonMapper json = JsonMapper.builder().build();
      caseLine = json.writeValueAsString(json.readTree(in));
    }
  }

  @Test
  void ofLine_readableCase_isAResultNamedByFileAndLine() {
    BatchRecord record = BatchRecords.ofLine(engine, "in.jsonl", 3, caseLine.getBytes(StandardCharsets.UTF_8));

    assertThat(record.isError()).isFalse();
    assertThat(record.location()).isEqualTo("in.jsonl:3");
    assertThat(record.assessment().caseId()).isEqualTo("spacexai-anthropic-colossus");
    assertThat(record.json()).isEqualTo(RecordJson.compact(record.assessment())).doesNotContain("\n");
  }

  @Test
  void ofLine_blankLine_isAnErrorRecord() {
    BatchRecord record = BatchRecords.ofLine(engine, "in.jsonl", 4, "  ".getBytes(StandardCharsets.UTF_8));

    assertThat(record.json()).isEqualTo("{\"error\":{\"source\":\"in.jsonl:4\",\"messages\":"
        + "[\"in.jsonl:4: empty line; a JSON Lines file has one case per line\"]}}");
  }

  @Test
  void ofLine_notUtf8_isAnErrorRecord() {
    BatchRecord record = BatchRecords.ofLine(engine, "in.jsonl", 5, new byte[] {'{', (byte) 0xC3, '}'});

    assertThat(record.error().messages()).containsExactly(
        "in.jsonl:5:2: the text is not valid UTF-8 (byte 0xC3); save the file as UTF-8");
    assertThat(record.internal()).isFalse();
  }

  @Test
  void ofLine_cutOffAfterItsId_errorKeepsTheId() {
    byte[] cut = caseLine.substring(0, caseLine.length() / 2).getBytes(StandardCharsets.UTF_8);

    BatchError error = BatchRecords.ofLine(engine, "in.jsonl", 6, cut).error();

    assertThat(error.caseId()).isEqualTo("spacexai-anthropic-colossus");
    assertThat(error.messages()).singleElement().asString().startsWith("in.jsonl:6:").contains("malformed JSON");
  }

  @Test
  void ofFile_brokenYaml_errorKeepsTheId() {
    byte[] yaml = "id: deal-7\ntitle: [unclosed\n".getBytes(StandardCharsets.UTF_8);

    BatchRecord record = BatchRecords.ofFile(engine, "cases/deal.yaml", yaml);

    assertThat(record.location()).isEqualTo("cases/deal.yaml");
    assertThat(record.error().caseId()).isEqualTo("deal-7");
  }

  @Test
  void unreadable_isAnErrorAtItsLine() {
    BatchRecord record = BatchRecords.unreadable("in.jsonl", 9, BatchRecords.LINE_TOO_LONG);

    assertThat(record.json()).isEqualTo("{\"error\":{\"source\":\"in.jsonl:9\",\"messages\":"
        + "[\"in.jsonl:9: the line has more than 16,777,216 bytes (16 MiB), the most a case may have\"]}}");
  }

  @Test
  void batchRecord_needsExactlyOneOfResultAndError() {
    BatchError error = new BatchError(null, "in.jsonl:1", null, List.of("in.jsonl:1: bad"));
    BatchRecord result = BatchRecords.ofLine(engine, "in.jsonl", 1, caseLine.getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> new BatchRecord("in.jsonl:1", result.assessment(), error, false))
        .hasMessage("a batch record has a result or an error, exactly one of them");
    assertThatThrownBy(() -> new BatchRecord("in.jsonl:1", null, null, false))
        .hasMessage("a batch record has a result or an error, exactly one of them");
    assertThatThrownBy(() -> new BatchRecord("in.jsonl:1", result.assessment(), null, true))
        .hasMessage("only an error record can be an internal error");
  }
}
