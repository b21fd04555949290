package dev.antitrust.engine;

import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import org.kie.api.KieBase;

/**
 * Warm sessions for one rule pack, shared by the threads that assess cases. A thread takes an idle
 * session or, if there is none, makes one; it gives the session back after a case that ended
 * normally, and disposes of it after one that failed, so a broken or halted session is never used
 * again. At most {@link #maxIdle} sessions wait idle: beyond that a returned session is disposed, so a
 * burst of threads does not keep its sessions (and their memory) for good.
 */
final class SessionPool {
  private final KieBase base;
  private final int maxIdle;
  private final ConcurrentLinkedDeque<WarmSession> idle = new ConcurrentLinkedDeque<>();
  private final AtomicInteger idleCount = new AtomicInteger();

  /**
   * Every pack may reuse its sessions: {@link WarmSession#clearCase()} resets a session to the state
   * of a fresh one, so no match, fired or not, outlives its case.
   */
  SessionPool(KieBase base) {
    this.base = base;
    this.maxIdle = Math.max(8, 2 * Runtime.getRuntime().availableProcessors());
  }

  WarmSession take() {
    WarmSession session = idle.pollFirst();
    if (session == null) {
      return new WarmSession(base);
    }
    idleCount.decrementAndGet();
    return session;
  }

  /** Returns a session after a case that ended normally. */
  void giveBack(WarmSession session) {
    if (idleCount.incrementAndGet() > maxIdle) {
      idleCount.decrementAndGet();
      session.dispose();
      return;
    }
    try {
      session.clearCase();
    } catch (RuntimeException e) {
      idleCount.decrementAndGet();
      session.dispose();
      throw e;
    }
    idle.offerFirst(session);
  }

  /** Disposes of a session after a case that failed. */
  void discard(WarmSession session) {
    session.dispose();
  }
}
