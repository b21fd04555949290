package dev.antitrust.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.drools.model.Model;

/**
 * Where compiled rule modules are found by their key: first among the modules built into the rules
 * jar (the built-in pack, compiled when the project is built, its classes on the class path), then in
 * the cache folder, if there is
 * one, where modules compiled on a user's machine are kept. A module is written to a temporary file
 * and moved into place, so a reader never sees half a module; one that does not load is deleted and
 * compiled again.
 */
final class RuleModuleStore {
  /** The classpath folder of the modules compiled at build time. */
  static final String BUILT_IN_FOLDER = "dev/antitrust/rules/modules/";
  private static final String CLASSIC_MARK = ".classic";
  /** The suffix of a built-in module's list of model classes. */
  static final String MODELS = ".models";

  private final Path cacheDir;
  /** The keys asked for, so the build can tell which modules are current. */
  private final java.util.Set<String> asked = java.util.concurrent.ConcurrentHashMap.newKeySet();

  /** @param cacheDir the cache folder, or null for the built-in modules only */
  RuleModuleStore(Path cacheDir) {
    this.cacheDir = cacheDir;
  }

  boolean canStore() {
    return cacheDir != null;
  }

  /**
   * The models of a module the build compiled into the rules jar: its classes are on the class path
   * (so a class-data archive can hold them) and {@code <key>.models} lists its model classes.
   */
  Optional<List<Model>> builtIn(String key) {
    asked.add(key);
    try (InputStream in = RuleModuleStore.class.getClassLoader().getResourceAsStream(BUILT_IN_FOLDER + key + MODELS)) {
      if (in == null) {
        return Optional.empty();
      }
      return Optional.of(RuleModule.models(new String(in.readAllBytes(), StandardCharsets.UTF_8),
          RuleModuleStore.class.getClassLoader()));
    } catch (IOException | RuntimeException | LinkageError e) {
      return Optional.empty(); // compiled again, like a missing module
    }
  }

  /** A module jar kept in the cache folder. */
  Optional<byte[]> find(String key) {
    asked.add(key);
    try {
      if (cacheDir != null && Files.isRegularFile(cacheDir.resolve(key + ".jar"))) {
        return Optional.of(Files.readAllBytes(cacheDir.resolve(key + ".jar")));
      }
    } catch (IOException e) {
      // An unreadable module is a missing one: it is compiled again.
    }
    return Optional.empty();
  }

  java.util.Set<String> asked() {
    return java.util.Set.copyOf(asked);
  }

  /** Keeps a module; a cache that cannot be written only costs the next run a compile. */
  void store(String key, byte[] jar) {
    write(key + ".jar", jar);
  }

  /** Remembers that the executable model cannot compile this module, so no run tries again. */
  void markClassicOnly(String key, String packageName) {
    write(key + CLASSIC_MARK, packageName.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  boolean isClassicOnly(String key) {
    return cacheDir != null && Files.exists(cacheDir.resolve(key + CLASSIC_MARK));
  }

  /** Deletes a cached module that failed to load. */
  void forget(String key) {
    if (cacheDir != null) {
      try {
        Files.deleteIfExists(cacheDir.resolve(key + ".jar"));
      } catch (IOException e) {
        // Left for the next run to replace.
      }
    }
  }

  private void write(String name, byte[] bytes) {
    if (cacheDir == null) {
      return;
    }
    try {
      Files.createDirectories(cacheDir);
      Path tmp = Files.createTempFile(cacheDir, name, ".tmp");
      try {
        Files.write(tmp, bytes);
        try {
          Files.move(tmp, cacheDir.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, cacheDir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      // A read-only or full disk: the pack still runs, compiled in memory.
    }
  }
}
