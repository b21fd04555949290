package dev.antitrust.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The one Spark session of the test JVM, shared by the test classes because starting Spark takes
 * seconds: two worker threads, and up to four attempts per task so that a test can make one fail.
 * The runner under test finds it with {@code getOrCreate} and leaves it running.
 */
final class LocalSpark {
  /** Two threads, four attempts per task. */
  static final String MASTER = "local[2,4]";

  private static SparkSession session;

  private LocalSpark() {}

  static synchronized SparkSession session() {
    if (session == null) {
      session = SparkSession.builder()
          .master(MASTER)
          .appName("antitrust spark tests")
          .config("spark.ui.enabled", "false")
          .getOrCreate();
      Runtime.getRuntime().addShutdownHook(new Thread(session::stop, "stop-spark"));
    }
    return session;
  }
}
