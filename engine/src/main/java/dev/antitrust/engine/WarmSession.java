package dev.antitrust.engine;

import dev.antitrust.model.Case;
import dev.antitrust.model.Finding;
import dev.antitrust.model.ThresholdValues;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;

/**
 * A rule session that runs one case at a time and can be used again. After each case the session is
 * reset — every node memory, the agenda, the facts, the fact handle counter and the listeners start
 * over, as in Drools' own session pools — so the next case runs as in a fresh session, with the
 * thresholds and list members in force that a rule can match inserted again alongside the case's
 * facts. Measured on the built-in pack, that
 * costs about a third less CPU than deleting the case's facts one by one from a session that keeps
 * the reference facts (each delete goes through the network and truth maintenance, and a change of
 * currency updates every money threshold), and it spares the network memories a fresh session
 * builds. Not thread-safe: one case at a time, which {@link SessionPool} ensures.
 */
final class WarmSession {
  /** A finding together with the rule that raised it. */
  record Raised(Rule rule, Finding finding) {}

  private final StatefulKnowledgeSessionImpl session;
  /** Whether the pack reads thresholds from the global {@link ThresholdInlining} declares. */
  private final boolean readsThresholdGlobal;
  /** What the rules raised and how often each fired, for the case in progress. */
  private List<Raised> raised = new ArrayList<>();
  /**
   * By rule object, not name, and one map emptied for each case rather than a new one grown again:
   * counting must cost little, as it runs for every firing.
   */
  private final Map<Rule, Counter> firings = new IdentityHashMap<>();
  /** When the case in progress runs out of time, in {@link System#nanoTime()}. */
  private long deadline;
  /** Whether a firing ended past the deadline, and the session was halted. */
  private boolean outOfTime;

  private static final class Counter {
    int count;
  }

  /** Records each Finding a rule inserts. */
  private final DefaultRuleRuntimeEventListener findings = new DefaultRuleRuntimeEventListener() {
    @Override
    public void objectInserted(ObjectInsertedEvent event) {
      if (event.getObject() instanceof Finding f) {
        raised.add(new Raised(event.getRule(), f));
      }
    }
  };
  /**
   * Counts the firings of each rule, for the message that stops a runaway case, and halts the session
   * after the first firing past the deadline. Drools takes the halt before the next firing.
   */
  private final DefaultAgendaEventListener counter = new DefaultAgendaEventListener() {
    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
      firings.computeIfAbsent(event.getMatch().getRule(), r -> new Counter()).count++;
      if (!outOfTime && System.nanoTime() - deadline >= 0) {
        outOfTime = true;
        session.halt();
      }
    }
  };

  WarmSession(KieBase base) {
    this.session = (StatefulKnowledgeSessionImpl) base.newKieSession();
    this.readsThresholdGlobal = base.getKiePackages().stream().flatMap(p -> p.getGlobalVariables().stream())
        .anyMatch(g -> g.getName().equals(ThresholdInlining.GLOBAL)
            && g.getType().equals(ThresholdValues.class.getName())); // not a user's global of that name
  }

  /**
   * Adds the listeners, once the case is loaded: facts inserted from outside a rule are not findings,
   * and while any listener is registered Drools builds an event for every insert, which for the two
   * hundred reference facts cost a twelfth of a case. A reset removes the listeners with everything
   * else.
   */
  private void listen() {
    session.addEventListener(findings);
    session.addEventListener(counter);
  }

  KieSession session() {
    return session;
  }

  List<Raised> raised() {
    return raised;
  }

  /** Halts the session after the first firing that ends at or past this {@link System#nanoTime()}. */
  void haltAfter(long deadline) {
    this.deadline = deadline;
    this.outOfTime = false;
  }

  /** Whether the session was halted for running past its deadline. */
  boolean outOfTime() {
    return outOfTime;
  }

  /** How often each rule fired in the case in progress, by {@code package.name}. */
  Map<String, Integer> firings() {
    Map<String, Integer> byName = new HashMap<>();
    firings.forEach((rule, counter) -> byName.merge(CaseRun.qualifiedName(rule), counter.count, Integer::sum));
    return byName;
  }

  /** Inserts the reference facts in force and the case with its facts into the empty session. */
  void load(ReferenceFacts.InForce inForce, Case theCase) {
    raised = new ArrayList<>();
    firings.clear();
    if (readsThresholdGlobal) {
      // Before the inserts: conditions on a fact and a threshold are tested as the fact goes in.
      session.setGlobal(ThresholdInlining.GLOBAL, inForce.thresholds());
    }
    for (Object fact : inForce.facts()) {
      session.insert(fact);
    }
    session.insert(theCase);
    theCase.facts().forEach(session::insert);
    listen();
  }

  /** Empties the session of everything, so that it holds nothing of the case. */
  void clearCase() {
    session.reset();
    raised = new ArrayList<>();
    firings.clear();
  }

  void dispose() {
    session.dispose();
  }
}
