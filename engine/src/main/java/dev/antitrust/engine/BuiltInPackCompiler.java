package dev.antitrust.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Compiles the built-in pack to executable-model modules when the project is built, into the rules
 * jar, so that no run compiles it again: {@code ./antitrust assess} then starts in well under a
 * second. Run by the rules module's build; fails it when a package does not compile to the
 * executable model, since the pack would then silently start slowly.
 */
public final class BuiltInPackCompiler {
  private BuiltInPackCompiler() {}

  /** @param args the folder to write the modules to, {@code .../dev/antitrust/rules/modules} */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: BuiltInPackCompiler OUTPUT_FOLDER");
    }
    Path out = Path.of(args[0]);
    Files.createDirectories(out);
    RuleModuleStore store = new RuleModuleStore(out);
    long start = System.nanoTime();
    RulePack.load(true, List.of(), false, store);
    Set<String> current = store.asked();
    List<String> classicOnly = new java.util.ArrayList<>();
    try (Stream<Path> files = Files.list(out)) {
      for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".classic")).toList()) {
        classicOnly.add(Files.readString(f));
        Files.delete(f); // so the next build tries again
      }
    }
    if (!classicOnly.isEmpty()) {
      System.err.println("the executable model cannot compile the built-in packages " + classicOnly
          + ": make their DRL compile with both compilers");
      System.exit(1);
    }
    try (Stream<Path> files = Files.list(out)) {
      for (Path f : files.toList()) {
        String name = f.getFileName().toString();
        if (name.endsWith(".jar") && !current.contains(name.substring(0, name.length() - ".jar".length()))) {
          Files.delete(f); // a module of an earlier version of the pack
        }
      }
    }
    System.out.printf("compiled the built-in pack to %d modules in %s (%.1f s)%n", current.size(), out,
        (System.nanoTime() - start) / 1e9);
  }
}
