package dev.antitrust.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.antitrust.engine.RiskEngine;
import dev.antitrust.model.Case;
import dev.antitrust.model.Concern;
import dev.antitrust.model.Finding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stock stateless session, the baseline the engine's throughput is set against, must run the
 * same rules to the same sentences, or the comparison measures different work.
 */
class StockStatelessSessionTest {
  @TempDir Path temp;

  @Test
  void onGeneratedCasesAndTheSample_raisesTheEnginesSentences() {
    Path subset = SubsetPack.write(temp.resolve("subset"));
    RiskEngine engine = SubsetPack.engine(subset);
    StockStatelessSession stock = new StockStatelessSession(subset, engine);
    List<Case> cases = new ArrayList<>(Corpus.generated(100, Corpus.DEFAULT_SEED));
    cases.add(Corpus.sample());

    int sentences = 0;
    for (Case c : cases) {
      Set<String> fromStock = stock.assess(c).stream().map(Finding::text).collect(Collectors.toSet());
      Set<String> fromEngine = engine.assess(c).concerns().stream().map(Concern::finding).collect(Collectors.toSet());
      if (c.jurisdictions().isEmpty()) {
        assertThat(fromStock).as(c.id()).isEqualTo(fromEngine);
      } else {
        assertThat(fromStock).as("%s reports on %s only", c.id(), c.jurisdictions()).containsAll(fromEngine);
      }
      sentences += fromEngine.size();
    }
    assertThat(sentences).as("sentences compared").isGreaterThan(100);
  }
}
