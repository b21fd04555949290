package dev.antitrust.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.antitrust.engine.casefile.CaseFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input files come in batch's order and under batch's names, so error records match batch's. */
class InputFilesTest {
  @TempDir
  Path dir;

  @Test
  void local_directory_jsonLinesInPathOrder_namedFromTheDirectoryAsGiven() throws IOException {
    Path cases = Files.createDirectories(dir.resolve("cases/b"));
    Files.writeString(cases.resolve("2.jsonl"), "{}\n");
    Files.writeString(dir.resolve("cases/a.ndjson"), "{}\n");
    Files.writeString(dir.resolve("cases/notes.txt"), "not a case\n");
    Files.writeString(dir.resolve("single.txt"), "{}\n{}\n");

    List<InputFile> files = InputFiles.local(List.of(dir.resolve("cases") + "/", dir.resolve("single.txt").toString()));

    assertThat(files).extracting(InputFile::source).containsExactly(
        dir.resolve("cases/a.ndjson").toString(), dir.resolve("cases/b/2.jsonl").toString(),
        dir.resolve("single.txt").toString());
    assertThat(files.get(2).bytes()).isEqualTo(6);
    assertThat(files.get(2).path()).startsWith("file:");
  }

  @Test
  void local_caseFileInADirectory_isRefusedByName() throws IOException {
    Files.createDirectories(dir.resolve("cases"));
    Files.writeString(dir.resolve("cases/deal.yaml"), "id: x\n");

    assertThatThrownBy(() -> InputFiles.local(List.of(dir.resolve("cases").toString())))
        .isInstanceOf(CaseFileException.class)
        .hasMessageContaining(dir.resolve("cases/deal.yaml") + ": is a case file (one case per file)");
  }

  @Test
  void hadoop_directoryAndGlob_inPathOrder() throws IOException {
    Files.createDirectories(dir.resolve("in/sub"));
    Files.writeString(dir.resolve("in/z.jsonl"), "{}\n");
    Files.writeString(dir.resolve("in/sub/a.jsonl"), "{}\n");
    Files.writeString(dir.resolve("in/_hidden.jsonl"), "{}\n");
    String root = dir.toUri().toString();

    List<InputFile> fromDirectory = InputFiles.hadoop(List.of(root + "in/"), new Configuration());
    List<InputFile> fromGlob = InputFiles.hadoop(List.of(root + "in/*.jsonl"), new Configuration());

    assertThat(fromDirectory).extracting(InputFile::source)
        .containsExactly(root + "in/_hidden.jsonl", root + "in/sub/a.jsonl", root + "in/z.jsonl");
    assertThat(fromGlob).extracting(InputFile::path)
        .containsExactly("file:" + dir.resolve("in/_hidden.jsonl"), "file:" + dir.resolve("in/z.jsonl"));
  }

  @Test
  void hadoop_missingInput_isAnInputError() {
    assertThatThrownBy(() -> InputFiles.hadoop(List.of(dir.resolve("nope.jsonl").toUri().toString()), new Configuration()))
        .isInstanceOf(CaseFileException.class)
        .hasMessageContaining("no such file or directory");
  }
}
