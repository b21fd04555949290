package dev.antitrust.spark;

import dev.antitrust.engine.RiskEngine;
import dev.antitrust.model.Assessment;
import dev.antitrust.model.RulePackInfo;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The engines of this JVM, one per shipped rule pack: compiling a pack takes seconds, so it happens
 * once per executor JVM, not once per task, and the tasks running side by side share the engine,
 * which is thread-safe. A task that finds no engine for its pack builds it while the others wait.
 */
final class ExecutorEngines {
  private static final ConcurrentMap<String, Built> ENGINES = new ConcurrentHashMap<>();

  private ExecutorEngines() {}

  /**
   * An engine built from a shipped pack, and the driver's description of that pack.
   *
   * @param engine the engine
   * @param driverPack the pack as the driver describes it, with the rule directories as given
   */
  record Built(RiskEngine engine, RulePackInfo driverPack) {
    /** The assessment with the driver's pack description, as {@code antitrust batch} on the driver would write it. */
    Assessment asOnDriver(Assessment assessment) {
      return new Assessment(assessment.caseId(), assessment.title(), assessment.asOf(), assessment.engineVersion(),
          driverPack, assessment.concerns());
    }
  }

  /**
   * Hands the driver's engine to tasks that run in the driver's JVM (a local master), so that they
   * do not compile the pack a second time. Executors elsewhere build their own.
   */
  static void seed(RulePackShipment.Driver driver) {
    ENGINES.putIfAbsent(driver.shipment().key(), new Built(driver.engine(), driver.shipment().driverInfo()));
  }

  /** The engine for the pack, built on first use in this JVM. */
  static Built forPack(RulePackShipment pack) {
    return ENGINES.computeIfAbsent(pack.key(), key -> new Built(pack.build(), pack.driverInfo()));
  }
}
