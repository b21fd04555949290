package dev.antitrust.engine;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Compiles the built-in pack to executable-model modules when the project is built, into the rules
 * jar, its classes on the class path, so that no run compiles it again. Run by the rules module's
 * build; fails it when a package does not compile to the executable model, since the pack would
 * then silently start slowly.
 */
public final class BuiltInPackCompiler {
  private BuiltInPackCompiler() {}

  /**
   * @param args the class folder of the rules module, and the folder of the module lists in it,
   *     {@code .../dev/antitrust/rules/modules}
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: BuiltInPackCompiler CLASS_FOLDER MODULE_FOLDER");
    }
    Path classes = Path.of(args[0]).toAbsolutePath().normalize();
    Path out = Path.of(args[1]).toAbsolutePath().normalize();
    Files.createDirectories(out);
    RuleModuleStore store = new RuleModuleStore(out);
    long start = System.nanoTime();
    // The outlines of an earlier build would let the load below skip parsing and the rule policy:
    // this build must check the pack afresh before it stores them again.
    Path outlines = classes.resolve(StoredOutlines.RESOURCE);
    Files.deleteIfExists(outlines);
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
    // A module compiled by this run is unpacked onto the class path, so the application class
    // loader, and a class-data archive, serve its classes; a module of an earlier build whose key
    // is still current was found there and is kept.
    int unpacked = 0;
    for (String key : current) {
      Path jar = out.resolve(key + ".jar");
      if (Files.exists(jar)) {
        String models = RuleModule.unpack(Files.readAllBytes(jar), classes);
        Files.writeString(out.resolve(key + RuleModuleStore.MODELS), models);
        Files.delete(jar);
        unpacked++;
      }
    }
    try (Stream<Path> files = Files.list(out)) {
      for (Path f : files.toList()) {
        String name = f.getFileName().toString();
        String key = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        if (!current.contains(key)) {
          Files.delete(f); // a module of an earlier version of the pack
        }
      }
    }
    // Stored only now that the pack loaded: it parsed, and passed the policy and every check.
    List<RuleFile> pack = RulePackSources.builtIn();
    RulePackSources.writeFileList(classes, pack);
    try (OutputStream o = Files.newOutputStream(outlines)) {
      StoredOutlines.write(pack.stream().filter(RuleFile::isDrl).map(DrlOutline::of).toList(), o);
    }
    System.out.printf("built-in pack: %d executable-model modules (%d compiled now) in %s (%.1f s)%n", current.size(),
        unpacked, out, (System.nanoTime() - start) / 1e9);
  }
}
