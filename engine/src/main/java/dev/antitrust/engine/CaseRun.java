package dev.antitrust.engine;

import dev.antitrust.model.Case;
import dev.antitrust.model.Concern;
import dev.antitrust.model.Finding;
import dev.antitrust.model.Threshold;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Assesses one case in its own session: inserts the thresholds in force and the case facts, fires
 * the rules, and collects every {@link Finding} with the rule that inserted it. The session is always
 * disposed.
 */
final class CaseRun {
  private final RulePack pack;
  private final int firingLimit;

  CaseRun(RulePack pack, int firingLimit) {
    this.pack = pack;
    this.firingLimit = firingLimit;
  }

  /** A finding together with the rule that raised it. */
  private record Raised(Rule rule, Finding finding) {}

  List<Concern> run(Case theCase) {
    Map<String, Threshold> thresholds = CurrencyConversion.inForce(pack.thresholds, theCase);
    List<Raised> raised = new ArrayList<>();
    Map<String, Integer> firings = new HashMap<>();
    KieSession session = pack.kieBase.newKieSession();
    try {
      session.addEventListener(new DefaultRuleRuntimeEventListener() {
        @Override
        public void objectInserted(ObjectInsertedEvent event) {
          if (event.getObject() instanceof Finding f) {
            raised.add(new Raised(event.getRule(), f));
          }
        }
      });
      session.addEventListener(new DefaultAgendaEventListener() {
        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
          firings.merge(qualifiedName(event.getMatch().getRule()), 1, Integer::sum);
        }
      });
      thresholds.values().forEach(session::insert);
      pack.lists.inForceOn(theCase.asOf()).forEach(session::insert);
      session.insert(theCase);
      theCase.facts().forEach(session::insert);
      int fired = session.fireAllRules(firingLimit);
      if (fired >= firingLimit && session.fireAllRules(1) > 0) {
        Map.Entry<String, Integer> top = firings.entrySet().stream()
            .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
            .orElseThrow();
        String rule = displayName(top.getKey());
        throw new AssessmentException(theCase.id(), rule,
            "stopped after " + firingLimit + " rule firings, the firing limit; rule " + rule + " fired most ("
                + top.getValue() + " times): does it loop?", null);
      }
    } catch (ConsequenceException e) {
      String rule = displayName(qualifiedName(e.getMatch().getRule()));
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new AssessmentException(theCase.id(), rule,
          "rule " + rule + " failed: " + cause.getClass().getSimpleName() + ": " + cause.getMessage(), cause);
    } finally {
      session.dispose();
    }
    List<Concern> concerns = new ArrayList<>(raised.size());
    for (Raised r : raised) {
      toConcern(theCase, r).ifPresent(concerns::add);
    }
    return ConcernRanker.rank(concerns);
  }

  private Optional<Concern> toConcern(Case theCase, Raised r) {
    if (r.rule() == null) {
      return Optional.empty(); // inserted from outside a rule: not a concern
    }
    RuleInfo info = pack.concernRules.get(qualifiedName(r.rule()));
    if (info == null) {
      throw new AssessmentException(theCase.id(), r.rule().getName(),
          "rule \"" + r.rule().getName() + "\" inserted a Finding but is an @indicator rule: give it concern metadata"
              + " (@id @title @category @jurisdiction @severity @citation)", null);
    }
    if (!theCase.covers(info.jurisdiction())) {
      return Optional.empty();
    }
    Finding f = r.finding();
    return Optional.of(new Concern(0, pack.scoring.score(info.severity(), info.category(), f.margin()), info.id(), info.title(),
        info.category(), info.jurisdiction(), info.severity(), f.text(), info.citation(), f.subjects(), f.figures(),
        f.thresholds()));
  }

  private String displayName(String qualifiedName) {
    RuleInfo info = pack.concernRules.get(qualifiedName);
    return info != null ? info.id() : "\"" + qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1) + "\"";
  }

  private static String qualifiedName(Rule rule) {
    return rule.getPackageName() + "." + rule.getName();
  }
}
