package dev.antitrust.engine;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The properties a rule's constraint can read on a fact type, by the name a constraint uses: a
 * record's components and no-argument methods, {@code getX()} read as {@code x}. Looked up without
 * initialising the class, for the compiler's messages and the threshold rewrite.
 */
final class FactProperties {
  private FactProperties() {}

  /** The properties of the named class with their types; empty when the class is not on the classpath. */
  static Map<String, Class<?>> of(String className) {
    Map<String, Class<?>> properties = new LinkedHashMap<>();
    try {
      Class<?> type = Class.forName(className, false, FactProperties.class.getClassLoader());
      for (Method m : type.getMethods()) {
        if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()) && m.getReturnType() != void.class) {
          String name = m.getName();
          properties.putIfAbsent(name.startsWith("get") && name.length() > 3
              ? Character.toLowerCase(name.charAt(3)) + name.substring(4) : name, m.getReturnType());
        }
      }
    } catch (ClassNotFoundException | LinkageError e) {
      return Map.of();
    }
    return properties;
  }

  /** Whether the named class is on the classpath, without initialising it: the engine may look. */
  static boolean exists(String className) {
    try {
      Class.forName(className, false, FactProperties.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
