package dev.antitrust.engine;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Waits for changes to rule folders and to other files, such as the case or golden files a run
 * reads, so that a tool can run again or rebuild its engine. Rule folders are watched with every
 * folder below them, including folders created later; a change counts when it touches a file that
 * the pack loads ({@code *.drl}, {@code thresholds.csv}, {@code lists.csv}, {@code disabled.csv}),
 * so an editor's swap and backup files do not. Another folder counts its YAML and JSON files.
 *
 * <p>Editors write a file in several steps, so changes are collected until none has come for {@link
 * #QUIET}, and then reported together. Uses the platform's {@link WatchService}: inotify on Linux,
 * where changes show within milliseconds; other systems may poll every few seconds.
 *
 * <pre>{@code
 * try (RuleFolderWatcher watcher = RuleFolderWatcher.watch(List.of(rules), List.of(caseFile))) {
 *   for (Optional<Changes> c; (c = watcher.awaitChanges()).isPresent(); ) {
 *     ... // rebuild the engine if c.get().rulesChanged(), then assess again
 *   }
 * }
 * }</pre>
 *
 * <p>One thread waits in {@link #awaitChanges()}; any thread may {@link #close()}, which ends the
 * wait.
 */
public final class RuleFolderWatcher implements Closeable {
  /** How long no change must come before a burst of changes is reported. */
  public static final Duration QUIET = Duration.ofMillis(200);

  /** The longest a burst is collected, so that a folder written to without pause still reports. */
  static final Duration LONGEST_BURST = Duration.ofSeconds(2);

  /**
   * The changes of one burst, each path as the caller named it: a rule folder's file as the folder
   * joined with the file's path inside it, e.g. {@code my-rules/thresholds.csv}.
   *
   * @param ruleFiles files of the rule folders that were created, changed or deleted, sorted
   * @param otherFiles the other files that were, sorted
   */
  public record Changes(List<Path> ruleFiles, List<Path> otherFiles) {
    public Changes {
      ruleFiles = List.copyOf(ruleFiles);
      otherFiles = List.copyOf(otherFiles);
    }

    /** True when a rule file changed, so an engine must be built again. */
    public boolean rulesChanged() {
      return !ruleFiles.isEmpty();
    }

    /** Every changed path: rule files first. */
    public List<Path> all() {
      List<Path> all = new ArrayList<>(ruleFiles);
      all.addAll(otherFiles);
      return List.copyOf(all);
    }
  }

  /** What a watched root is: a rule folder, another folder, or one file. */
  private enum Kind { RULES, FOLDER, FILE }

  /** A path the caller asked to watch, as given and as resolved. */
  private record Root(Path given, Path absolute, Kind kind) {
    /** The caller's name for a path at or under this root. */
    Path named(Path path) {
      return path.equals(absolute) ? given : given.resolve(absolute.relativize(path).toString());
    }

    boolean counts(Path path) {
      if (kind == Kind.FILE) {
        return path.equals(absolute);
      }
      if (!path.startsWith(absolute) || path.equals(absolute)) {
        return false;
      }
      String relative = absolute.relativize(path).toString().replace(path.getFileSystem().getSeparator(), "/");
      if (kind == Kind.RULES) {
        return RulePackSources.isPackFile(relative);
      }
      String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
      return !name.startsWith(".") && (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"));
    }
  }

  private final WatchService service;
  private final List<Root> roots = new ArrayList<>();
  /** The roots each registered folder serves: one folder can hold watched files and be in a rule folder. */
  private final Map<WatchKey, Map<Root, Path>> keys = new HashMap<>();
  private final Set<Path> folders = new HashSet<>();

  private RuleFolderWatcher(WatchService service) {
    this.service = service;
  }

  /**
   * Starts watching. Changes from this call on are reported by {@link #awaitChanges()}.
   *
   * @param ruleDirectories rule folders, each watched with every folder below it
   * @param otherPaths files, each watched on its own (it may not exist yet, but its folder must), or
   *     folders, whose YAML and JSON files below are watched
   * @throws IllegalArgumentException when there is nothing to watch
   * @throws UncheckedIOException when a folder cannot be watched, e.g. it does not exist or the
   *     system's limit of watches is reached; its message names the path
   */
  public static RuleFolderWatcher watch(List<Path> ruleDirectories, List<Path> otherPaths) {
    Path first = Stream.concat(ruleDirectories.stream(), otherPaths.stream()).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("nothing to watch: no rule folder and no other path"));
    RuleFolderWatcher watcher;
    try {
      watcher = new RuleFolderWatcher(first.getFileSystem().newWatchService());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot watch for changes: " + e.getMessage(), e);
    }
    try {
      for (Path dir : ruleDirectories) {
        watcher.add(new Root(dir, absolute(dir), Kind.RULES));
      }
      for (Path path : otherPaths) {
        watcher.add(new Root(path, absolute(path), Files.isDirectory(path) ? Kind.FOLDER : Kind.FILE));
      }
    } catch (UncheckedIOException e) {
      watcher.close();
      throw e;
    }
    return watcher;
  }

  private static Path absolute(Path path) {
    return path.toAbsolutePath().normalize();
  }

  private void add(Root root) {
    roots.add(root);
    if (root.kind() == Kind.FILE) {
      Path parent = root.absolute().getParent();
      register(parent, root);
    } else {
      registerTree(root.absolute(), root, null);
    }
  }

  /** Registers {@code dir} and every folder below it; adds to {@code found} the files already there. */
  private void registerTree(Path dir, Root root, Set<Path> found) {
    List<Path> tree;
    try (Stream<Path> walk = Files.walk(dir)) {
      tree = walk.toList();
    } catch (IOException e) {
      throw cannotWatch(root, dir, e);
    } catch (UncheckedIOException e) {
      throw cannotWatch(root, dir, e.getCause());
    }
    for (Path p : tree) {
      if (Files.isDirectory(p)) {
        register(p, root);
      } else if (found != null && root.counts(p)) {
        found.add(root.named(p));
      }
    }
  }

  private void register(Path dir, Root root) {
    try {
      WatchKey key = dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY);
      keys.computeIfAbsent(key, k -> new HashMap<>()).put(root, dir);
      if (root.kind() != Kind.FILE) {
        folders.add(dir);
      }
    } catch (IOException e) {
      throw cannotWatch(root, dir, e);
    }
  }

  private static UncheckedIOException cannotWatch(Root root, Path dir, IOException e) {
    String reason = e instanceof NoSuchFileException missing ? "no such folder " + missing.getFile()
        : e instanceof NotDirectoryException ? "not a folder" : e.getMessage();
    Path named = root.kind() == Kind.FILE ? root.given() : root.named(dir);
    return new UncheckedIOException("cannot watch " + named + " for changes: " + reason, e);
  }

  /**
   * Waits for the next burst of changes and returns it once no change has come for {@link #QUIET}.
   * Events that touch no watched file (an editor's swap file) do not end the wait.
   *
   * @return the changes; empty once the watcher is closed
   * @throws InterruptedException when the waiting thread is interrupted
   */
  public Optional<Changes> awaitChanges() throws InterruptedException {
    Set<Path> ruleFiles = new TreeSet<>();
    Set<Path> otherFiles = new TreeSet<>();
    try {
      WatchKey key = service.take();
      long burstStart = 0;
      while (true) {
        if (key != null) {
          collect(key, ruleFiles, otherFiles);
        }
        if (ruleFiles.isEmpty() && otherFiles.isEmpty()) {
          key = service.take();
          continue;
        }
        if (burstStart == 0) {
          burstStart = System.nanoTime();
        }
        if (key == null || System.nanoTime() - burstStart > LONGEST_BURST.toNanos()) {
          return Optional.of(new Changes(List.copyOf(ruleFiles), List.copyOf(otherFiles)));
        }
        key = service.poll(QUIET.toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (ClosedWatchServiceException e) {
      return Optional.empty();
    }
  }

  private void collect(WatchKey key, Set<Path> ruleFiles, Set<Path> otherFiles) {
    Map<Root, Path> served = keys.getOrDefault(key, Map.of());
    List<WatchEvent<?>> events = key.pollEvents();
    boolean gone = !key.reset();
    for (Map.Entry<Root, Path> entry : served.entrySet()) {
      Root root = entry.getKey();
      Path folder = entry.getValue();
      Set<Path> into = root.kind() == Kind.RULES ? ruleFiles : otherFiles;
      for (WatchEvent<?> event : events) {
        if (event.kind() == OVERFLOW) {
          // Events were lost: anything under the root may have changed.
          into.add(root.given());
          continue;
        }
        Path path = folder.resolve((Path) event.context());
        if (root.kind() != Kind.FILE && event.kind() == ENTRY_CREATE && Files.isDirectory(path)) {
          // A new folder, perhaps moved in with its files: watch it, and count the files it holds.
          try {
            registerTree(path, root, into);
          } catch (UncheckedIOException e) {
            into.add(root.named(path)); // gone again already: a change all the same
          }
        } else if (root.kind() != Kind.FILE && event.kind() == ENTRY_DELETE && folders.remove(path)) {
          into.add(root.named(path));
        } else if (root.counts(path)) {
          into.add(root.named(path));
        }
      }
      if (gone) {
        // The folder itself was deleted or moved away: what it held has changed.
        folders.remove(folder);
        into.add(root.kind() == Kind.FILE ? root.given() : root.named(folder));
      }
    }
    if (gone) {
      keys.remove(key);
    }
  }

  /** Stops watching; a thread waiting in {@link #awaitChanges()} gets an empty answer. Idempotent. */
  @Override
  public void close() {
    try {
      service.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot stop watching: " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "RuleFolderWatcher" + roots.stream().map(Root::given).toList();
  }
}
