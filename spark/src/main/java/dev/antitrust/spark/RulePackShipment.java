package dev.antitrust.spark;

import dev.antitrust.engine.RiskEngine;
import dev.antitrust.model.DisabledRule;
import dev.antitrust.model.RulePackInfo;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A rule pack as data that Spark can ship: the files of each rule directory, by path, and the
 * engine's settings. A compiled engine cannot be serialised, so each executor JVM builds its own
 * from these files once ({@link ExecutorEngines}) and checks that its pack hash is the driver's.
 *
 * <p>Executors build from a temporary copy of the files, so their engines name temporary
 * directories as the pack's sources; {@link #driverInfo} is the driver's description, with the
 * directories as the user gave them, which the job puts in every result so that records are
 * identical to {@code antitrust batch}'s.
 */
final class RulePackShipment implements Serializable {
  private static final long serialVersionUID = 1L;

  private static RiskEngine builtIn;

  private final List<Layer> layers;
  private final boolean trusted;
  private final Duration caseTimeout;
  private final PackInfo driverInfo;

  /** One rule directory's pack files: path inside the directory, with '/' separators, and bytes. */
  private record Layer(List<String> paths, List<byte[]> contents) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** A serialisable copy of the driver's {@link RulePackInfo}. */
  private record PackInfo(String version, String sha256, List<String> sources, List<List<String>> disabled,
      boolean trusted) implements Serializable {
    private static final long serialVersionUID = 1L;

    static PackInfo of(RulePackInfo info) {
      List<List<String>> disabled = info.disabled().stream().map(d -> List.of(d.id(), d.reason(), d.source())).toList();
      return new PackInfo(info.version(), info.sha256(), info.sources(), disabled, info.trustedRules());
    }

    RulePackInfo toInfo() {
      return new RulePackInfo(version, sha256, sources,
          disabled.stream().map(d -> new DisabledRule(d.get(0), d.get(1), d.get(2))).toList(), trusted);
    }
  }

  private RulePackShipment(List<Layer> layers, boolean trusted, Duration caseTimeout, PackInfo driverInfo) {
    this.layers = layers;
    this.trusted = trusted;
    this.caseTimeout = caseTimeout;
    this.driverInfo = driverInfo;
  }

  /**
   * Builds the engine on the driver from the directories themselves, so that a pack that does not
   * load fails before any Spark job with problems that name the user's files, then reads the files
   * to ship.
   *
   * @throws dev.antitrust.engine.RulePackException when the pack does not load
   */
  static Driver prepare(List<Path> directories, boolean trusted, Optional<Duration> caseTimeout) throws IOException {
    boolean builtInOnly = directories.isEmpty() && !trusted && caseTimeout.isEmpty();
    RiskEngine engine = builtInOnly ? builtIn() : configure(directories, trusted, caseTimeout.orElse(null));
    List<Layer> layers = new ArrayList<>();
    for (Path directory : directories) {
      layers.add(read(directory));
    }
    return new Driver(engine,
        new RulePackShipment(List.copyOf(layers), trusted, caseTimeout.orElse(null), PackInfo.of(engine.rulePack())));
  }

  /**
   * The engine of the built-in pack with default settings, compiled once per JVM: its rules are
   * classpath resources that cannot change while the JVM runs, and a JVM that runs several jobs
   * (tests, an application embedding the job) need not compile them each time.
   */
  private static synchronized RiskEngine builtIn() {
    if (builtIn == null) {
      builtIn = RiskEngine.builder().build();
    }
    return builtIn;
  }

  /** The engine the driver built, and the pack to ship. */
  record Driver(RiskEngine engine, RulePackShipment shipment) {}

  /** Identifies the pack and settings: the cache key of the executors' engines. */
  String key() {
    return driverInfo.sha256() + "|trusted=" + trusted + "|timeout=" + caseTimeout;
  }

  /** The driver's description of the pack. */
  RulePackInfo driverInfo() {
    return driverInfo.toInfo();
  }

  /**
   * Writes the files to temporary directories, builds the engine from them and deletes them.
   *
   * @throws IllegalStateException when the engine's pack hash is not the driver's: the files or the
   *     rules jar differ between driver and executor
   */
  RiskEngine build() {
    List<Path> copies = new ArrayList<>();
    try {
      for (Layer layer : layers) {
        copies.add(write(layer));
      }
      RiskEngine engine = configure(copies, trusted, caseTimeout);
      String sha = engine.rulePack().sha256();
      if (!sha.equals(driverInfo.sha256())) {
        throw new IllegalStateException("the rule pack built on this executor has SHA-256 " + sha + ", the driver's "
            + driverInfo.sha256() + ": the rule files changed after the job started, or the executors have another"
            + " antitrust-rules jar");
      }
      return engine;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the rule pack to a temporary directory", e);
    } finally {
      copies.forEach(RulePackShipment::deleteQuietly);
    }
  }

  private static RiskEngine configure(List<Path> directories, boolean trusted, Duration caseTimeout) {
    RiskEngine.Builder builder = RiskEngine.builder();
    directories.forEach(builder::rules);
    if (trusted) {
      builder.trustRules();
    }
    if (caseTimeout != null) {
      builder.caseTimeout(caseTimeout);
    }
    return builder.build();
  }

  private static Layer read(Path directory) throws IOException {
    List<String> paths = new ArrayList<>();
    List<byte[]> contents = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(directory)) {
      for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
        String path = directory.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
        if (isPackFile(path)) {
          paths.add(path);
          contents.add(Files.readAllBytes(file));
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return new Layer(List.copyOf(paths), List.copyOf(contents));
  }

  /** The files the engine reads from a rule directory (its {@code RulePackSources}); others stay home. */
  private static boolean isPackFile(String path) {
    return path.endsWith(".drl") || path.equals("thresholds.csv") || path.equals("lists.csv")
        || path.equals("disabled.csv");
  }

  private static Path write(Layer layer) throws IOException {
    Path root = Files.createTempDirectory("antitrust-rules-");
    for (int i = 0; i < layer.paths().size(); i++) {
      Path target = root.resolve(layer.paths().get(i)).normalize();
      if (!target.startsWith(root)) {
        throw new IllegalStateException("a shipped rule file escapes its directory: " + layer.paths().get(i));
      }
      Files.createDirectories(target.getParent());
      Files.write(target, layer.contents().get(i));
    }
    return root;
  }

  private static void deleteQuietly(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // A temporary directory left behind is harmless; the engine holds the rules in memory.
    }
  }
}
