package dev.antitrust.engine;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.Model;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * One DRL package compiled to the executable model: Java classes (lambdas rather than MVEL) in a
 * jar, which load in a fraction of the time a DRL compile takes and can be kept on disk. The
 * {@linkplain #key key} addresses a module by its content: the package, the text of each of its
 * files, and the engine and Drools versions, so an edit or an upgrade never meets a stale module.
 */
final class RuleModule {
  private static final String GROUP = "dev.antitrust.rulemodule";
  /** Where the jar lists the model classes to instantiate. */
  private static final String MODEL_LIST = "META-INF/kie/" + GROUP + "/pack/drools-model";

  private RuleModule() {}

  /** The content address of a package's module. */
  static String key(String packageName, Map<RuleFile, String> files, String engineVersion) {
    Hasher h = Hashing.sha256().newHasher()
        .putString("antitrust-engine " + engineVersion + "\ndrools " + droolsVersion() + "\npackage " + packageName + "\n",
            StandardCharsets.UTF_8);
    // A text as the file has it is keyed by the file's own hash, worked out once; a text with rules
    // blanked (overridden by a later layer) by its own.
    files.entrySet().stream().sorted(Comparator.comparing(e -> e.getKey().path())).forEach(e -> h
        .putString(e.getKey().path(), StandardCharsets.UTF_8).putByte((byte) 0)
        .putString(e.getValue().equals(e.getKey().text()) ? e.getKey().sha256()
            : Hashing.sha256().hashString(e.getValue(), StandardCharsets.UTF_8).toString(), StandardCharsets.UTF_8)
        .putByte((byte) 0));
    return h.hash().toString();
  }

  /**
   * Compiles the files of one package to a module jar, or returns null when the executable model
   * cannot compile them (the caller then compiles the DRL the classic way, whose messages point at
   * the user's lines).
   */
  static byte[] compile(Map<RuleFile, String> files) {
    KieServices ks = KieServices.get();
    KieFileSystem kfs = ks.newKieFileSystem();
    ReleaseId release = ks.newReleaseId(GROUP, "pack", "1");
    kfs.generateAndWritePomXML(release);
    files.forEach((file, text) -> kfs.write("src/main/resources/" + RulePackSources.BUILTIN_ROOT + file.path(), text));
    KieBuilder builder;
    try {
      builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
    } catch (RuntimeException e) {
      return null; // the code generator fails on some DRL the classic compiler takes
    }
    if (builder.getResults().hasMessages(Message.Level.ERROR)) {
      return null;
    }
    InternalKieModule module = (InternalKieModule) builder.getKieModule();
    return module.getBytes();
  }

  /** Instantiates the models of a module jar in a class loader of their own. */
  static List<Model> load(byte[] jar) {
    Map<String, byte[]> classes = new HashMap<>();
    String modelList = null;
    try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar))) {
      for (JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
        String name = entry.getName();
        if (name.endsWith(".class")) {
          classes.put(name.substring(0, name.length() - ".class".length()).replace('/', '.'), in.readAllBytes());
        } else if (name.equals(MODEL_LIST)) {
          modelList = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (modelList == null) {
      throw new IllegalStateException("not a rule module: no " + MODEL_LIST);
    }
    return models(modelList, new ModuleClassLoader(classes, RuleModule.class.getClassLoader()));
  }

  /**
   * Instantiates the model classes a module's list names, from {@code loader}: a module's own
   * loader, or the application's for the built-in pack, whose classes the build put on the class
   * path so that a class-data archive can hold them.
   */
  static List<Model> models(String modelList, ClassLoader loader) {
    List<Model> models = new ArrayList<>();
    for (String line : modelList.split("\\R")) {
      String name = line.strip();
      if (name.isEmpty() || name.startsWith("Drools-Model-Version")) {
        continue;
      }
      try {
        models.add((Model) loader.loadClass(name).getDeclaredConstructor().newInstance());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot load model class " + name, e);
      }
    }
    return models;
  }

  /** Writes a module jar's classes under {@code classesRoot} and returns its list of model classes. */
  static String unpack(byte[] jar, java.nio.file.Path classesRoot) throws IOException {
    String modelList = null;
    try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar))) {
      for (JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
        if (entry.getName().endsWith(".class")) {
          java.nio.file.Path target = classesRoot.resolve(entry.getName()).normalize();
          if (!target.startsWith(classesRoot)) {
            throw new IOException("module entry outside the class folder: " + entry.getName());
          }
          java.nio.file.Files.createDirectories(target.getParent());
          java.nio.file.Files.write(target, in.readAllBytes());
        } else if (entry.getName().equals(MODEL_LIST)) {
          modelList = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    if (modelList == null) {
      throw new IOException("not a rule module: no " + MODEL_LIST);
    }
    return modelList;
  }

  /** Drools' own version, from its Maven metadata (kept in the shaded jar too). */
  static String droolsVersion() {
    return DROOLS_VERSION;
  }

  private static final String DROOLS_VERSION = readDroolsVersion();

  private static String readDroolsVersion() {
    try (var in = KieServices.class.getResourceAsStream("/META-INF/maven/org.drools/drools-core/pom.properties")) {
      java.util.Properties p = new java.util.Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  /**
   * Defines the module's own classes before asking its parent: two modules of one DRL package (the
   * built-in one and a user's edit of it) generate classes of the same names.
   */
  private static final class ModuleClassLoader extends ClassLoader {
    private final Map<String, byte[]> classes;

    ModuleClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
      super(parent);
      this.classes = classes;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      synchronized (getClassLoadingLock(name)) {
        Class<?> c = findLoadedClass(name);
        if (c == null) {
          byte[] bytes = classes.get(name);
          c = bytes != null ? defineClass(name, bytes, 0, bytes.length) : super.loadClass(name, false);
        }
        if (resolve) {
          resolveClass(c);
        }
        return c;
      }
    }
  }
}
