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
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
 * limit, and the time budget, which a watchdog enforces by halting the session. Halting takes effect
 * between two firings, so a single consequence that never returns cannot be stopped (SECURITY.md).
 */
final class CaseRun {
  private static final int RUNNING = 0;
  private static final int HALTED = 1;
  private static final int DONE = 2;
  /** How often the watchdog repeats a halt that came before the session started firing. */
  private static final long HALT_REPEAT_MILLIS = 50;
  /**
   * One daemon thread for all engines: it only calls {@code halt()}, and a daemon never keeps the JVM
   * alive. Cancelled checks are removed at once, so a million fast cases leave nothing queued.
   */
  private static final ScheduledThreadPoolExecutor WATCHDOG = watchdog();

  private final RulePack pack;
  private final ReferenceFacts references;
  private final SessionPool sessions;
  private final int firingLimit;
  private final Duration timeout;

  CaseRun(RulePack pack, int firingLimit, Duration timeout) {
    this.pack = pack;
    this.references = new ReferenceFacts(pack.thresholds, pack.lists, new MatchableFacts(pack.kieBase));
    this.sessions = new SessionPool(pack.kieBase);
    this.firingLimit = firingLimit;
    this.timeout = timeout;
  }

  private static ScheduledThreadPoolExecutor watchdog() {
    ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
      Thread t = new Thread(r, "antitrust-case-watchdog");
      t.setDaemon(true);
      return t;
    });
    executor.setRemoveOnCancelPolicy(true);
    return executor;
  }

  List<Concern> run(Case theCase) {
    ReferenceFacts.InForce inForce = references.forCase(theCase);
    WarmSession warm = sessions.take();
    boolean clean = false;
    List<Raised> raised;
    try {
      warm.load(inForce, theCase);
      KieSession session = warm.session();
      int fired = fireWithinBudget(theCase, warm);
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

  /** Fires up to the firing limit; a watchdog halts the session when the time budget runs out. */
  private int fireWithinBudget(Case theCase, WarmSession warm) {
    KieSession session = warm.session();
    AtomicInteger state = new AtomicInteger(RUNNING);
    Runnable halt = () -> {
      if (state.compareAndSet(RUNNING, HALTED) || state.get() == HALTED) {
        try {
          session.halt();
        } catch (RuntimeException e) {
          // The session ended and was disposed between the check and the halt: nothing to stop.
        }
      }
    };
    // Repeated, because a halt that lands before the session starts firing would be lost.
    ScheduledFuture<?> watch = WATCHDOG.scheduleWithFixedDelay(halt, timeout.toNanos(),
        TimeUnit.MILLISECONDS.toNanos(HALT_REPEAT_MILLIS), TimeUnit.NANOSECONDS);
    int fired;
    try {
      fired = session.fireAllRules(firingLimit);
    } finally {
      watch.cancel(false);
    }
    if (state.getAndSet(DONE) != RUNNING) {
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
