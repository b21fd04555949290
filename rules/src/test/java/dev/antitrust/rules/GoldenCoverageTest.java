package dev.antitrust.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.antitrust.engine.RuleInfo;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Every rule of the built-in pack has a golden case where it fires and one where it stays silent.
 * Runs after every other test class of this module (see junit-platform.properties), so it sees what
 * they recorded through {@link Golden}; run alone, it fails.
 */
@Order(Integer.MAX_VALUE)
class GoldenCoverageTest {

  @Test
  void everyRule_hasAFiringAndASilentGoldenCase() {
    List<String> ids = BuiltInPack.ENGINE.rules().stream().map(RuleInfo::id).toList();
    assertThat(ids).as("rules with no golden case where they fire").allMatch(Golden.FIRED::contains);
    assertThat(ids).as("rules with no golden case where they stay silent").allMatch(Golden.SILENT::contains);
  }
}
