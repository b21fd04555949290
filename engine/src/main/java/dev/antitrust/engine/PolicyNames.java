package dev.antitrust.engine;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which types and members a rule file may name, and why the others are refused. An allow-list for
 * types, because a new JDK release adds types nobody has reviewed; a deny-list for members, because
 * MVEL calls any method on any object it can reach, whatever its declared type.
 */
final class PolicyNames {
  static final String MODEL_PACKAGE = "dev.antitrust.model";

  /** java.lang types visible without import; System, Runtime, Thread, Class and the like are left out. */
  private static final Set<String> LANG = Set.of(
      "String", "Math", "StrictMath", "Integer", "Long", "Double", "Float", "Short", "Byte", "Boolean", "Character",
      "Number", "Object", "Comparable", "CharSequence", "StringBuilder", "Iterable", "Enum", "Record", "Void",
      "Exception", "RuntimeException", "IllegalArgumentException", "IllegalStateException", "ArithmeticException",
      "NullPointerException", "IndexOutOfBoundsException", "ArrayIndexOutOfBoundsException",
      "NumberFormatException", "UnsupportedOperationException", "ClassCastException", "Override");

  /** Packages whose types may be used, all but {@link #REFUSED_IN_ALLOWED_PACKAGES}. */
  private static final Set<String> PACKAGES = Set.of(
      "java.util", "java.util.stream", "java.util.function", "java.time", "java.time.format", "java.time.temporal",
      "java.time.chrono", "java.math");

  /** Types of java.util that start threads, load classes, read files or change JVM-wide defaults. */
  private static final Set<String> REFUSED_IN_ALLOWED_PACKAGES = Set.of(
      "Timer", "TimerTask", "ServiceLoader", "ResourceBundle", "PropertyResourceBundle", "ListResourceBundle",
      "Scanner", "Properties", "Formatter", "PropertyPermission");

  static final String OUTSIDE = "only the fact model, the pack's declared types and a few JDK types are allowed";
  private static final String SYSTEM = "process and system access";
  private static final String IO = "file and network access";
  private static final String REFLECTION = "reflection and class loading";
  private static final String THREADS = "threads";
  private static final String STATE = "state shared between cases";
  private static final String ENGINE = "the rule engine's internals";

  /**
   * Members refused whatever they are called on, and keywords refused wherever they appear. Names
   * that the fact model or the built-in pack use for ordinary things are not here.
   */
  private static final Map<String, String> MEMBERS = Map.ofEntries(
      Map.entry("exit", SYSTEM), Map.entry("halt", SYSTEM), Map.entry("exec", SYSTEM), Map.entry("getRuntime", SYSTEM),
      Map.entry("getenv", SYSTEM), Map.entry("getProperty", SYSTEM), Map.entry("setProperty", SYSTEM),
      Map.entry("getProperties", SYSTEM), Map.entry("getInteger", SYSTEM), Map.entry("getLong", SYSTEM),
      Map.entry("getBoolean", SYSTEM), Map.entry("loadLibrary", SYSTEM), Map.entry("setDefault", STATE),
      Map.entry("getClass", REFLECTION), Map.entry("getClassLoader", REFLECTION), Map.entry("forName", REFLECTION),
      Map.entry("loadClass", REFLECTION), Map.entry("newInstance", REFLECTION), Map.entry("invoke", REFLECTION),
      Map.entry("invokeExact", REFLECTION), Map.entry("getMethod", REFLECTION), Map.entry("getMethods", REFLECTION),
      Map.entry("getDeclaredMethod", REFLECTION), Map.entry("getDeclaredMethods", REFLECTION),
      Map.entry("getField", REFLECTION), Map.entry("getDeclaredField", REFLECTION),
      Map.entry("getConstructor", REFLECTION), Map.entry("getDeclaredConstructor", REFLECTION),
      Map.entry("setAccessible", REFLECTION), Map.entry("getModule", REFLECTION), Map.entry("getResource", REFLECTION),
      Map.entry("getResourceAsStream", REFLECTION), Map.entry("class", REFLECTION),
      Map.entry("wait", THREADS), Map.entry("notify", THREADS), Map.entry("notifyAll", THREADS),
      Map.entry("synchronized", THREADS), Map.entry("volatile", THREADS), Map.entry("parallel", THREADS),
      Map.entry("parallelStream", THREADS), Map.entry("static", STATE), Map.entry("native", SYSTEM),
      Map.entry("kcontext", ENGINE), Map.entry("drools", ENGINE), Map.entry("getKieRuntime", ENGINE),
      Map.entry("getKieBase", ENGINE), Map.entry("getWorkingMemory", ENGINE));

  private static final Map<String, String> BY_TYPE = Map.ofEntries(
      Map.entry("System", SYSTEM), Map.entry("Runtime", SYSTEM), Map.entry("Process", SYSTEM),
      Map.entry("ProcessBuilder", SYSTEM), Map.entry("ProcessHandle", SYSTEM), Map.entry("SecurityManager", SYSTEM),
      Map.entry("Class", REFLECTION), Map.entry("ClassLoader", REFLECTION), Map.entry("ClassValue", REFLECTION),
      Map.entry("Module", REFLECTION), Map.entry("ModuleLayer", REFLECTION), Map.entry("Package", REFLECTION),
      Map.entry("StackWalker", REFLECTION), Map.entry("Compiler", REFLECTION), Map.entry("Array", REFLECTION),
      Map.entry("Thread", THREADS), Map.entry("ThreadGroup", THREADS), Map.entry("ThreadLocal", THREADS),
      Map.entry("InheritableThreadLocal", THREADS), Map.entry("Timer", THREADS), Map.entry("TimerTask", THREADS),
      Map.entry("ServiceLoader", REFLECTION), Map.entry("ResourceBundle", REFLECTION), Map.entry("Scanner", IO),
      Map.entry("Formatter", IO), Map.entry("Properties", IO), Map.entry("File", IO), Map.entry("Files", IO),
      Map.entry("Path", IO), Map.entry("Paths", IO), Map.entry("URL", IO), Map.entry("URI", IO),
      Map.entry("Socket", IO), Map.entry("ServerSocket", IO), Map.entry("HttpClient", IO));

  private static final Map<String, String> BY_PACKAGE = Map.of(
      "java.io", IO, "java.nio", IO, "java.net", IO, "javax.net", IO, "java.lang.reflect", REFLECTION,
      "java.lang.invoke", REFLECTION, "java.util.concurrent", THREADS, "org.drools", ENGINE, "org.kie", ENGINE,
      "org.mvel2", ENGINE);

  private static final Map<String, Boolean> RESOLVED = new ConcurrentHashMap<>();

  private PolicyNames() {}

  /** Why a member or keyword is refused, or empty when it is not. */
  static Optional<String> refusedMember(String name) {
    return Optional.ofNullable(MEMBERS.get(name));
  }

  /** Whether a type written by its simple name is one a rule may use. */
  static boolean allowedSimpleType(String name, Set<String> declared) {
    if (LANG.contains(name) || declared.contains(name) || exists(MODEL_PACKAGE + "." + name)) {
      return true;
    }
    if (REFUSED_IN_ALLOWED_PACKAGES.contains(name) || BY_TYPE.containsKey(name)) {
      return false;
    }
    return PACKAGES.stream().anyMatch(p -> exists(p + "." + name));
  }

  /** Whether {@code pkg.name} is a type a rule may use; {@code name} null stands for {@code pkg.*}. */
  static boolean allowedQualified(String pkg, String name, Set<String> declaredQualified, Set<String> packs) {
    if (name == null) {
      return PACKAGES.contains(pkg) || pkg.equals(MODEL_PACKAGE) || packs.contains(pkg);
    }
    if (pkg.equals("java.lang")) {
      return LANG.contains(name);
    }
    if (PACKAGES.contains(pkg)) {
      return !REFUSED_IN_ALLOWED_PACKAGES.contains(name);
    }
    return pkg.equals(MODEL_PACKAGE) || declaredQualified.contains(pkg + "." + name);
  }

  /** The kind of access a refused type or package stands for, for the message. */
  static String reason(String qualifiedOrSimple) {
    String simple = qualifiedOrSimple.substring(qualifiedOrSimple.lastIndexOf('.') + 1);
    for (Map.Entry<String, String> p : BY_PACKAGE.entrySet()) {
      if (qualifiedOrSimple.startsWith(p.getKey() + ".")) {
        return p.getValue();
      }
    }
    boolean inJavaLangOrUtil = qualifiedOrSimple.equals(simple) || qualifiedOrSimple.startsWith("java.lang.")
        || qualifiedOrSimple.startsWith("java.util.");
    return inJavaLangOrUtil && BY_TYPE.containsKey(simple) ? BY_TYPE.get(simple) : OUTSIDE;
  }

  /** Whether the class exists, without initialising it: the engine may look, a rule may not. */
  private static boolean exists(String className) {
    return RESOLVED.computeIfAbsent(className, FactProperties::exists);
  }
}
