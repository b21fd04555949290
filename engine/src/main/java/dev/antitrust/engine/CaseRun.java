package dev.antitrust.engine;

import dev.antitrust.model.Case;
import dev.antitrust.model.Concern;
import dev.antitrust.model.Finding;
import dev.antitrust.engine.WarmSession.Raised;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Assesses one case in a session of its own for the time of the case: brings the thresholds and
 * lists in force into a warm session from the {@link SessionPool}, inserts the case facts, fires the
 * rules, and collects every {@link Finding} with the rule that inserted it. After a failed case the
 * session is disposed, never used again.
 *
 * <p>Two guards end a runaway case with an error that names the rule that fired most: the firing
 * limit, and the time budget. The session checks the clock after each firing and halts itself once
 * the budget is spent, and a case that ends past its budget fails too, so a slow condition is caught
 * when the firing it delays comes or the session comes to rest. A single consequence that never
 * returns cannot be stopped (SECURITY.md).
 */
final class CaseRun {
  /** The longest budget kept as given; longer ones are this, so that a deadline never overflows. */
  private static final long LONGEST_BUDGET_NANOS = Long.MAX_VALUE / 4;

  private final RulePack pack;
  private final ReferenceFacts references;
  private final SessionPool sessions;
  private final int firingLimit;
  private final Duration timeout;
  private final long budgetNanos;

  CaseRun(RulePack pack, int firingLimit, Duration timeout) {
    this.pack = pack;
    this.references = new ReferenceFacts(pack.thresholds, pack.lists, new MatchableFacts(pack.kieBase));
    this.sessions = new SessionPool(pack.kieBase);
    this.firingLimit = firingLimit;
    this.timeout = timeout;
    this.budgetNanos = timeout.compareTo(Duration.ofNanos(LONGEST_BUDGET_NANOS)) > 0
        ? LONGEST_BUDGET_NANOS : timeout.toNanos();
  }

  List<Concern> run(Case theCase) {
    // The budget covers loading the case as well as firing the rules.
    long deadline = System.nanoTime() + budgetNanos;
    ReferenceFacts.InForce inForce = references.forCase(theCase);
    WarmSession warm = sessions.take();
    boolean clean = false;
    List<Raised> raised;
    try {
      warm.haltAfter(deadline);
      warm.load(inForce, theCase);
      KieSession session = warm.session();
      int fired = fireWithinBudget(theCase, warm, deadline);
      if (fired >= firingLimit && session.fireAllRules(1) > 0) {
        throw runaway(theCase, "stopped after " + firingLimit + " rule firings, the firing limit", warm.firings());
      }
      raised = warm.raised();
      clean = true;
    } catch (ConsequenceException e) {
      String rule = displayName(qualifiedName(e.getMatch().getRule()));
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new AssessmentException(theCase.id(), rule,
          "rule " + rule + " failed: " + cause.getClass().getSimpleName() + ": " + cause.getMessage(), cause);
    } finally {
      if (clean) {
        sessions.giveBack(warm);
      } else {
        sessions.discard(warm);
      }
    }
    List<Concern> concerns = new ArrayList<>(raised.size());
    for (Raised r : raised) {
      toConcern(theCase, r).ifPresent(concerns::add);
    }
    return ConcernRanker.rank(concerns);
  }

  /**
   * Fires up to the firing limit within the time budget. The clock is checked in the firing thread,
   * not by a watchdog thread: scheduling a watchdog's check for every case woke that thread each
   * time, which cost a tenth of the CPU of a small case.
   */
  private int fireWithinBudget(Case theCase, WarmSession warm, long deadline) {
    int fired = warm.session().fireAllRules(firingLimit);
    if (warm.outOfTime() || System.nanoTime() - deadline >= 0) {
      throw runaway(theCase, "stopped after the time budget of " + describe(timeout), warm.firings());
    }
    return fired;
  }

  private AssessmentException runaway(Case theCase, String what, Map<String, Integer> firings) {
    Optional<Map.Entry<String, Integer>> top = firings.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
    if (top.isEmpty()) {
      return new AssessmentException(theCase.id(), null,
          what + " before any rule fired: a condition takes too long", null);
    }
    String rule = displayName(top.get().getKey());
    int count = top.get().getValue();
    return new AssessmentException(theCase.id(), rule,
        what + "; rule " + rule + " fired most (" + count + (count == 1 ? " time" : " times") + "): does it loop?", null);
  }

  /** {@code 10 s} or {@code 250 ms}, as a person writes a budget. */
  static String describe(Duration d) {
    long millis = d.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
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

  static String qualifiedName(Rule rule) {
    return rule.getPackageName() + "." + rule.getName();
  }
}
