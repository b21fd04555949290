package dev.antitrust.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.antitrust.engine.RuleFolderWatcher.Changes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Watching rule folders and case files. Each test changes files first and then waits for the
 * changes, so nothing depends on timing; the timeout only stops a test that would wait forever.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class RuleFolderWatcherTest {
  @TempDir Path temp;
  private Path rules;

  @BeforeEach
  void pack() {
    rules = TestPacks.pack(temp.resolve("rules"), TestPacks.SHARE_RULE);
  }

  private static Changes next(RuleFolderWatcher watcher) throws InterruptedException {
    return watcher.awaitChanges().orElseThrow();
  }

  @Test
  void editedTable_isARuleChange_namedUnderTheFolderAsGiven() throws Exception {
    try (RuleFolderWatcher watcher = RuleFolderWatcher.watch(List.of(rules), List.of())) {
      Files.writeString(rules.resolve("thresholds.csv"), TestPacks.SCORING_ROWS + "test.extra,1,points,ALL,,,x\n");

      Changes changes = next(watcher);

      assertThat(changes.ruleFiles()).containsExactly(rules.resolve("thresholds.csv"));
      assertThat(changes.otherFiles()).isEmpty();
      assertThat(changes.rulesChanged()).isTrue();
    }
  }

  @Test
  void editorSwapAndBackupFiles_doNotCount_theSavedFileDoes() throws Exception {
    try (RuleFolderWatcher watcher = RuleFolderWatcher.watch(List.of(rules), List.of())) {
      Files.writeString(rules.resolve("test/.rules.drl.swp"), "swap");
      Files.writeString(rules.resolve("test/rules.drl~"), "backup");
      Files.writeString(rules.resolve("notes.txt"), "not a pack file");
      Files.writeString(rules.resolve("test/rules.drl"), TestPacks.HEADER + TestPacks.SHARE_RULE + "\n");

      assertThat(next(watcher).ruleFiles()).containsExactly(rules.resolve("test/rules.drl"));
    }
  }

  @Test
  void severalFilesSavedTogether_areOneBurst() throws Exception {
    try (RuleFolderWatcher watcher = RuleFolderWatcher.watch(List.of(rules), List.of())) {
      // Both writes are done before waiting starts, so they fall in one quiet period.
      Files.writeString(rules.resolve("thresholds.csv"), TestPacks.SCORING_ROWS);
      Files.writeString(rules.resolve("disabled.csv"), "id,reason\n");

      assertThat(next(watcher).ruleFiles())
          .containsExactly(rules.resolve("disabled.csv"), rules.resolve("thresholds.csv"));
    }
  }

  @Test
  void folderCreatedAfterStart_isWatchedToo() throws Exception {
    try (RuleFolderWatcher watcher = RuleFolderWatcher.watch(List.of(rules), List.of())) {
      TestPacks.write(rules, Map.of("extra/more.drl", TestPacks.HEADER));
      assertThat(next(watcher).ruleFiles()).contains(rules.resolve("extra/more.drl"));

      Files.writeString(rules.resolve("extra/more.drl"), TestPacks.HEADER + "// edited\n");
      assertThat(next(watcher).ruleFiles()).containsExactly(rules.resolve("extra/more.drl"));
    }
  }

  @Test
  void deletedFolder_isAChange() throws Exception {
    try (RuleFolderWatcher watcher = RuleFolderWatcher.watch(List.of(rules), List.of())) {
      Files.delete(rules.resolve("test/rules.drl"));
      Files.delete(rules.resolve("test"));

      assertThat(next(watcher).ruleFiles()).contains(rules.resolve("test/rules.drl"), rules.resolve("test"));
    }
  }

  @Test
  void otherFile_isWatchedAlone_notItsNeighbours() throws Exception {
    Path caseFile = Files.writeString(temp.resolve("deal.yaml"), "id: a\n");
    try (RuleFolderWatcher watcher = RuleFolderWatcher.watch(List.of(rules), List.of(caseFile))) {
      Files.writeString(temp.resolve("other.yaml"), "id: b\n");
      Files.writeString(caseFile, "id: a2\n");

      Changes changes = next(watcher);
      assertThat(changes.otherFiles()).containsExactly(caseFile);
      assertThat(changes.rulesChanged()).isFalse();
    }
  }

  @Test
  void otherFolder_countsItsYamlAndJsonFiles() throws Exception {
    Path golden = Files.createDirectories(temp.resolve("golden"));
    try (RuleFolderWatcher watcher = RuleFolderWatcher.watch(List.of(), List.of(golden))) {
      Files.writeString(golden.resolve("notes.txt"), "x");
      Files.writeString(golden.resolve("a.golden.yaml"), "x");

      assertThat(next(watcher).otherFiles()).containsExactly(golden.resolve("a.golden.yaml"));
    }
  }

  @Test
  void close_endsTheWait_withNoChanges() throws Exception {
    RuleFolderWatcher watcher = RuleFolderWatcher.watch(List.of(rules), List.of());
    CompletableFuture<Optional<Changes>> waiting = CompletableFuture.supplyAsync(() -> {
      try {
        return watcher.awaitChanges();
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });

    watcher.close();

    assertThat(waiting.get(10, TimeUnit.SECONDS)).isEmpty();
    assertThat(watcher.awaitChanges()).isEmpty();
  }

  @Test
  void missingFolder_cannotBeWatched_andNothingToWatch_isRefused() throws IOException {
    Path missing = temp.resolve("nope");
    assertThatThrownBy(() -> RuleFolderWatcher.watch(List.of(missing), List.of()))
        .isInstanceOf(UncheckedIOException.class).hasMessage("cannot watch " + missing + " for changes: no such folder " + missing.toAbsolutePath());
    assertThatThrownBy(() -> RuleFolderWatcher.watch(List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("nothing to watch: no rule folder and no other path");
  }
}
