package dev.antitrust.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.antitrust.engine.RuleCatalogue;
import dev.antitrust.engine.RuleInfo;
import dev.antitrust.engine.RiskEngine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * rules/CATALOGUE.md lists every rule of the built-in pack and is kept in step with the rule files:
 * this test fails when it is stale. Regenerate it with
 * {@code mvn -pl rules -am test -Dtest=CatalogueTest -Dcatalogue.write=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class CatalogueTest {
  private static final Path CATALOGUE = Path.of("CATALOGUE.md");

  @Test
  void catalogue_matchesTheRuleFiles() throws IOException {
    String expected = RuleCatalogue.markdown(BuiltInPack.ENGINE.rules());
    if (Boolean.getBoolean("catalogue.write")) {
      Files.writeString(CATALOGUE, expected, StandardCharsets.UTF_8);
    }
    assertThat(Files.exists(CATALOGUE)).as("rules/CATALOGUE.md exists").isTrue();
    assertThat(Files.readString(CATALOGUE, StandardCharsets.UTF_8))
        .as("rules/CATALOGUE.md is out of date; regenerate it with -Dcatalogue.write=true (see CatalogueTest)")
        .isEqualTo(expected);
  }

  @Test
  void builtInPack_exportedAndLoadedAsAUserFolder_passesTheRulePolicy(@TempDir Path dir) {
    // The built-in pack itself is trusted at run time; a copy in a user's folder is not, so every
    // file of the copy goes through the policy. Had it refused a rule, build() would throw.
    RiskEngine.exportBuiltInPack(dir, false);
    RiskEngine copy = RiskEngine.builder().withoutBuiltInRules().rules(dir).build();

    assertThat(copy.rulePack().trustedRules()).isFalse();
    assertThat(copy.rules()).map(RuleInfo::id)
        .containsExactlyInAnyOrderElementsOf(BuiltInPack.ENGINE.rules().stream().map(RuleInfo::id).toList());
  }

  @Test
  void builtInPack_coversTheRequiredBreadth() {
    List<RuleInfo> rules = BuiltInPack.ENGINE.rules();
    assertThat(rules).allSatisfy(r -> assertThat(r.citation()).isNotBlank());
    assertThat(rules).hasSizeGreaterThanOrEqualTo(35);
    assertThat(rules.stream().map(RuleInfo::category).distinct().count()).isGreaterThanOrEqualTo(10);
    assertThat(rules.stream().map(RuleInfo::jurisdiction).distinct()).contains("US", "EU", "UK");
  }
}
