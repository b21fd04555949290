package dev.antitrust.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The build stores an outline of every built-in DRL file (see BuiltInPackCompiler), and each is what
 * parsing the file gives. In the engine's package, since outlines are internal; here, where the
 * built-in pack and the outlines the build made of it are.
 */
class StoredBuiltInOutlinesTest {

  @Test
  void everyBuiltInFile_hasAStoredOutline_equalToParsingIt() {
    List<RuleFile> drl = RulePackSources.builtIn().stream().filter(RuleFile::isDrl).toList();
    assertThat(drl).hasSizeGreaterThan(20);

    for (RuleFile file : drl) {
      DrlOutline stored = StoredOutlines.of(file);
      DrlOutline parsed = DrlOutline.of(file);

      assertThat(stored.descr()).as("%s is read from the stored outlines, not parsed", file.path()).isNull();
      assertThat(stored.packageName()).as(file.path()).isEqualTo(parsed.packageName());
      assertThat(stored.declaredTypes()).as(file.path()).isEqualTo(parsed.declaredTypes());
      assertThat(stored.rules()).as(file.path()).isEqualTo(parsed.rules());
    }
  }

  @Test
  void anEditedBuiltInFile_isParsed() {
    RuleFile file = RulePackSources.builtIn().stream().filter(RuleFile::isDrl).findFirst().orElseThrow();
    RuleFile edited = new RuleFile(file.path(), "rules/" + file.path(), file.text() + "\n// edited\n", 1);

    DrlOutline outline = StoredOutlines.of(edited);

    assertThat(outline.descr()).isNotNull();
    assertThat(outline.rules()).isEqualTo(StoredOutlines.of(file).rules());
  }

  /** A jar's file list gives each file's SHA-256, believed without hashing the file again. */
  @Test
  void theBuildsFileList_givesEachBuiltInFilesHash() throws Exception {
    Path list = Path.of(RulePackSources.class.getClassLoader()
        .getResource(RulePackSources.BUILTIN_ROOT + RulePackSources.FILE_LIST).toURI());
    Map<String, String> listed = new TreeMap<>();
    for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
      listed.put(line.substring(66), line.substring(0, 64));
    }

    Map<String, String> hashed = new TreeMap<>();
    for (RuleFile file : RulePackSources.builtIn()) {
      hashed.put(file.path(), Hashing.sha256().hashString(file.text(), StandardCharsets.UTF_8).toString());
    }
    assertThat(listed).isEqualTo(hashed);
  }
}
