package dev.antitrust.engine;

import static dev.antitrust.engine.ExplainerTest.LISTS;
import static dev.antitrust.engine.ExplainerTest.shares;
import static dev.antitrust.engine.ExplainerTest.widgets;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.antitrust.model.Case;
import dev.antitrust.model.Market;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The market view a report draws, on the explainer's small case: group a is a (30%) and a-sub
 * (10%), b holds 10%, c 6%, and the fringe 12%; the merger of b and c adds 2 × 10 × 6 = 120 to an
 * HHI of 1,736.
 */
class MarketIndicatorsTest {

  @Test
  void marketIndicators_mergerOfTwoGroups_givesGroupSharesHhiAndTheDeal() {
    Case theCase = widgets(shares("a", 30, "a-sub", 10, "b", 10, "c", 6, "others", 12), "worldwide");
    Market market = theCase.markets().get(0);

    MarketIndicators view = new CaseIndicators(theCase, LISTS).marketIndicators(market);

    assertThat(view.market()).isSameAs(market);
    assertThat(view.groupShares()).extracting(MarketIndicators.Share::group, MarketIndicators.Share::members,
            MarketIndicators.Share::share)
        .containsExactly(tuple("a", List.of("a", "a-sub"), 40.0), tuple("b", List.of("b"), 10.0),
            tuple("c", List.of("c"), 6.0));
    assertThat(view.hhi()).isEqualTo(1736.0);
    assertThat(view.deals()).containsExactly(new MarketIndicators.Deal("deal", List.of("b", "c"),
        1736.0, 1856.0, 120.0, 16.0));
    assertThat(view.jurisdictions()).containsExactly("EU", "UK", "US");
  }

  @Test
  void marketIndicators_nationalMarket_reachesOnlyItsJurisdiction() {
    Case theCase = widgets(shares("b", 10, "c", 6), "UK");

    MarketIndicators view = new CaseIndicators(theCase, LISTS).marketIndicators(theCase.markets().get(0));

    assertThat(view.jurisdictions()).containsExactly("UK");
  }
}
