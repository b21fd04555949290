package dev.antitrust.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.antitrust.engine.RiskEngine;
import dev.antitrust.model.Case;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;

/**
 * The built-in indicators run in salience layers, so that none is worked out before what it adds up
 * has settled (indicators/groups.drl). Without them truth maintenance still gets every result
 * right, but derives figures it then retracts, such as an HHI for each group share added: this
 * counts the retractions.
 */
class IndicatorLayersTest {
  @TempDir Path temp;

  @Test
  void onGeneratedCases_noDerivedFactIsRetracted() {
    Path pack = temp.resolve("pack");
    RiskEngine.exportBuiltInPack(pack, false);
    StockStatelessSession stock =
        new StockStatelessSession(pack, RiskEngine.builder().withoutBuiltInRules().rules(pack).build());
    Map<String, Integer> inserted = new TreeMap<>();
    Map<String, Integer> retracted = new TreeMap<>();
    for (Case c : Corpus.generated(200, Corpus.DEFAULT_SEED)) {
      KieSession session = stock.kieBase().newKieSession();
      try {
        stock.facts(c).forEach(session::insert);
        // Added after the case's own facts: only what the rules derive is counted.
        session.addEventListener(new DefaultRuleRuntimeEventListener() {
          @Override
          public void objectInserted(ObjectInsertedEvent event) {
            inserted.merge(event.getObject().getClass().getSimpleName(), 1, Integer::sum);
          }

          @Override
          public void objectDeleted(ObjectDeletedEvent event) {
            retracted.merge(event.getOldObject().getClass().getSimpleName(), 1, Integer::sum);
          }
        });
        session.fireAllRules();
      } finally {
        session.dispose();
      }
    }
    assertThat(inserted).as("the indicators the layers order are derived")
        .containsKeys("GroupMember", "GroupShare", "MarketHhi", "MarketConcentration", "UndertakingTurnover");
    assertThat(retracted).as("derived facts retracted over 200 cases").isEmpty();
  }
}
