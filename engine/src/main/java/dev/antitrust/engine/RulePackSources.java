package dev.antitrust.engine;

import dev.antitrust.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds the files of a rule pack: the built-in pack on the classpath and the user's directories,
 * layered so that a later file with the same path replaces an earlier one.
 */
final class RulePackSources {
  /** Where the built-in pack lives on the classpath; paths inside a pack are relative to this. */
  static final String BUILTIN_ROOT = "dev/antitrust/rules/";
  /** The list of the built-in pack's files the build writes, relative to {@link #BUILTIN_ROOT}. */
  static final String FILE_LIST = "pack-files.txt";

  private RulePackSources() {}

  /** The built-in pack's files, sorted by path; empty when the rules jar is not on the classpath. */
  static List<RuleFile> builtIn() {
    ClassLoader loader = RulePackSources.class.getClassLoader();
    Map<String, RuleFile> files = new TreeMap<>();
    try {
      Enumeration<URL> roots = loader.getResources(BUILTIN_ROOT);
      while (roots.hasMoreElements()) {
        for (Map.Entry<String, String> listed : listPackFiles(roots.nextElement()).entrySet()) {
          String path = listed.getKey();
          try (InputStream in = loader.getResourceAsStream(BUILTIN_ROOT + path)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String sha256 = listed.getValue();
            files.putIfAbsent(path, sha256 == null
                ? new RuleFile(path, "builtin:" + path, text, 0)
                : new RuleFile(path, "builtin:" + path, text, 0, sha256));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the built-in rule pack", e);
    }
    return List.copyOf(files.values());
  }

  /** The built-in pack's version, or "none" when it is not on the classpath. */
  static String builtInVersion() {
    try (InputStream in = RulePackSources.class.getClassLoader().getResourceAsStream(BUILTIN_ROOT + "pack.properties")) {
      if (in == null) {
        return "none";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  /** The pack files (DRL and thresholds table) under a user's directory, sorted by path. */
  static List<RuleFile> directory(Path dir, int layer, List<Problem> problems) {
    if (!Files.isDirectory(dir)) {
      problems.add(Problem.at(dir.toString(), Files.exists(dir) ? "is not a directory" : "rule directory does not exist"));
      return List.of();
    }
    List<RuleFile> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
        String path = dir.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
        if (isPackFile(path)) {
          try {
            files.add(new RuleFile(path, file.toString(), Files.readString(file, StandardCharsets.UTF_8), layer));
          } catch (IOException | UncheckedIOException e) {
            problems.add(Problem.at(file.toString(), "cannot read rule file: " + e.getMessage()));
          }
        }
      }
    } catch (IOException | UncheckedIOException e) {
      problems.add(Problem.at(dir.toString(), "cannot list rule directory: " + e.getMessage()));
    }
    return files;
  }

  /** Layers: a later file with the same path replaces the earlier one. Keeps path order. */
  static List<RuleFile> layer(List<List<RuleFile>> layers) {
    Map<String, RuleFile> byPath = new LinkedHashMap<>();
    for (List<RuleFile> files : layers) {
      for (RuleFile f : files) {
        byPath.put(f.path(), f);
      }
    }
    return new ArrayList<>(new TreeMap<>(byPath).values());
  }

  /** True for the files a pack loads, by path inside the pack: DRL files and the tables at its root. */
  static boolean isPackFile(String path) {
    return path.endsWith(".drl") || path.equals(ThresholdTable.FILE_NAME) || path.equals(ReferenceLists.FILE_NAME)
        || path.equals(DisabledList.FILE_NAME);
  }

  /**
   * Writes the built-in pack's files into {@code dir} under their pack paths. Checks every target
   * first, so a refused export writes nothing.
   *
   * @throws RulePackException naming every file that exists, unless {@code overwrite}
   */
  static List<Path> export(Path dir, boolean overwrite) {
    List<RuleFile> files = builtIn();
    if (files.isEmpty()) {
      throw new RulePackException(List.of(Problem.at("builtin", "the built-in rule pack is not on the classpath")));
    }
    List<Problem> problems = new ArrayList<>();
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      problems.add(Problem.at(dir.toString(), "is not a directory"));
    } else if (!overwrite) {
      for (RuleFile f : files) {
        Path target = dir.resolve(f.path());
        if (Files.exists(target)) {
          problems.add(Problem.at(target.toString(), "exists; use --force to overwrite it"));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new RulePackException(problems);
    }
    List<Path> written = new ArrayList<>();
    for (RuleFile f : files) {
      Path target = dir.resolve(f.path());
      try {
        Files.createDirectories(target.getParent());
        Files.writeString(target, f.text(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new RulePackException(List.of(Problem.at(target.toString(), "cannot write: " + e.getMessage())), e);
      }
      written.add(target);
    }
    return List.copyOf(written);
  }

  /**
   * Writes the list of the built-in pack's files into the class folder beside it, for a jar to be
   * read without walking it (a shaded jar holds many thousands of entries) and without hashing each
   * file again on every start (SHA-256 runs slowly on a cold JVM): one line per file, its SHA-256 and
   * path as {@code sha256sum} writes them.
   */
  static void writeFileList(Path classes, List<RuleFile> pack) throws IOException {
    String list = pack.stream().map(f -> f.sha256() + "  " + f.path())
        .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
    Files.writeString(classes.resolve(BUILTIN_ROOT + FILE_LIST), list, StandardCharsets.UTF_8);
  }

  /**
   * The pack's files under a classpath root, each with its SHA-256 where the build's list gives it
   * (else null). Only a jar's list is believed: a jar is built whole, while a class folder's files
   * may be edited after the list was written.
   */
  private static Map<String, String> listPackFiles(URL root) throws IOException {
    Map<String, String> paths = new LinkedHashMap<>();
    if ("jar".equals(root.getProtocol())) {
      try (InputStream in = new URL(root, FILE_LIST).openStream()) {
        new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().forEach(line -> {
          int gap = line.indexOf("  ");
          String path = gap < 0 ? line : line.substring(gap + 2);
          if (isPackFile(path)) {
            paths.put(path, gap == 64 ? line.substring(0, gap) : null);
          }
        });
        return paths;
      } catch (java.io.FileNotFoundException e) {
        // a jar the build did not make: walked below
      }
      JarURLConnection connection = (JarURLConnection) root.openConnection();
      connection.setUseCaches(false);
      try (JarFile jar = connection.getJarFile()) {
        for (JarEntry e : jar.stream().toList()) {
          String name = e.getName();
          if (!e.isDirectory() && name.startsWith(BUILTIN_ROOT) && isPackFile(name.substring(BUILTIN_ROOT.length()))) {
            paths.put(name.substring(BUILTIN_ROOT.length()), null);
          }
        }
      }
    } else if ("file".equals(root.getProtocol())) {
      Path dir;
      try {
        dir = Path.of(root.toURI());
      } catch (URISyntaxException e) {
        throw new IOException("bad classpath location " + root, e);
      }
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.filter(Files::isRegularFile)
            .map(f -> dir.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/"))
            .filter(RulePackSources::isPackFile)
            .forEach(path -> paths.put(path, null));
      }
    }
    return paths;
  }
}
