package dev.antitrust.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.antitrust.model.Case;
import dev.antitrust.model.Concern;
import dev.antitrust.model.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An engine that follows its rule folder: edits go into service, broken edits do not. */
class ReloadingEngineTest {
  @TempDir Path dir;

  /** Every listener call, in order, so a test waits for the next one with a bound. */
  private final BlockingQueue<Object> heard = new LinkedBlockingQueue<>();

  private final ReloadingEngine.Listener listener = new ReloadingEngine.Listener() {
    @Override
    public void reloaded(RiskEngine engine, List<Path> changed) {
      heard.add(changed);
    }

    @Override
    public void rebuildFailed(RulePackException failure, List<Path> changed) {
      heard.add(failure);
    }
  };

  private Object nextHeard() throws InterruptedException {
    Object next = heard.poll(30, TimeUnit.SECONDS);
    assertThat(next).as("a rebuild within 30 s").isNotNull();
    return next;
  }

  /** 35% is below the 40% that test.share sets from 2026 on. */
  private static final Case CASE = TestPacks.market("2026-05-06", 35, 10);

  private static List<String> fired(RiskEngine engine) {
    return engine.assess(CASE).concerns().stream().map(Concern::ruleId).toList();
  }

  @Test
  void editedThreshold_isInServiceAfterTheRebuild() throws Exception {
    Path rules = TestPacks.pack(dir, TestPacks.SHARE_RULE);
    try (ReloadingEngine engines = ReloadingEngine.start(RiskEngine.builder().withoutBuiltInRules().rules(rules),
        listener)) {
      assertThat(fired(engines.current())).isEmpty();

      Files.writeString(rules.resolve("thresholds.csv"),
          TestPacks.SCORING_ROWS.replace("test.share,40,percent,US,2026-01-01", "test.share,30,percent,US,2026-01-01"));

      assertThat(nextHeard()).isEqualTo(List.of(rules.resolve("thresholds.csv")));
      assertThat(fired(engines.current())).containsExactly("T-SHARE");
    }
  }

  @Test
  void failedRebuild_keepsTheEngineInService_andReportsWhere() throws Exception {
    Path rules = TestPacks.pack(dir, TestPacks.SHARE_RULE);
    try (ReloadingEngine engines = ReloadingEngine.start(RiskEngine.builder().withoutBuiltInRules().rules(rules),
        listener)) {
      RiskEngine before = engines.current();
      Path drl = rules.resolve("test/rules.drl");
      Files.writeString(drl, TestPacks.HEADER + TestPacks.SHARE_RULE.replace("share > $t.value", "share > > $t.value"));

      Object failure = nextHeard();
      assertThat(failure).isInstanceOf(RulePackException.class);
      assertThat(((RulePackException) failure).problems()).extracting(Problem::source).contains(drl.toString());
      assertThat(((RulePackException) failure).problems()).allMatch(p -> p.line() > 0);
      assertThat(engines.current()).isSameAs(before);
      assertThat(fired(engines.current())).isEmpty();

      // Fixed, with a lower bar this time: the next save goes into service.
      Files.writeString(drl, TestPacks.HEADER + TestPacks.SHARE_RULE.replace("share > $t.value", "share > $t.value - 10"));
      assertThat(nextHeard()).isEqualTo(List.of(drl));
      assertThat(fired(engines.current())).containsExactly("T-SHARE");
    }
  }

  @Test
  void brokenRulesAtStart_throw_andNoFolder_isRefused() throws Exception {
    Path rules = TestPacks.pack(dir, TestPacks.SHARE_RULE.replace("@id(\"T-SHARE\")", ""));
    assertThatThrownBy(() -> ReloadingEngine.start(RiskEngine.builder().withoutBuiltInRules().rules(rules), listener))
        .isInstanceOf(RulePackException.class);
    assertThatThrownBy(() -> ReloadingEngine.start(RiskEngine.builder(), listener))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("nothing to watch: the builder has no rule directory");
  }
}
