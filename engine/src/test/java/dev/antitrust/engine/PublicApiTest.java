package dev.antitrust.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Embedders must never see Drools: no Drools type in any public signature of the engine. */
class PublicApiTest {
  private static final JavaClasses ENGINE_AND_MODEL = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.antitrust.engine", "dev.antitrust.model");

  @Test
  void publicSignatures_haveNoDroolsOrKieTypes() {
    List<String> leaks = new ArrayList<>();
    ENGINE_AND_MODEL.stream()
        .filter(c -> c.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC))
        .map(c -> c.reflect())
        .forEach(type -> leaks.addAll(leaksOf(type)));
    assertThat(leaks).as("public members that expose Drools").isEmpty();
  }

  @Test
  void publicSignatureCheck_detectsALeak() {
    // The check itself must be able to fail: a class with a KieBase in its signature is reported.
    assertThat(leaksOf(Leaky.class)).containsExactly(Leaky.class.getName() + ".base() returns org.kie.api.KieBase");
  }

  @Test
  void model_dependsOnNothingButTheJdk() {
    noClasses().that().resideInAPackage("dev.antitrust.model..")
        .should().dependOnClassesThat().resideOutsideOfPackages("dev.antitrust.model..", "java..")
        .check(ENGINE_AND_MODEL);
  }

  @Test
  void engine_doesNotDependOnTheCli() {
    noClasses().that().resideInAPackage("dev.antitrust.engine..")
        .should().dependOnClassesThat().resideInAPackage("dev.antitrust.cli..")
        .check(ENGINE_AND_MODEL);
  }

  /** A stand-in for a class that leaks; public so the check looks at it. */
  public static class Leaky {
    public org.kie.api.KieBase base() {
      return null;
    }
  }

  private static List<String> leaksOf(Class<?> type) {
    List<String> leaks = new ArrayList<>();
    for (Method m : type.getDeclaredMethods()) {
      if (isVisible(m.getModifiers()) && !m.isSynthetic()) {
        check(leaks, type, m.getName() + "() returns", m.getGenericReturnType().getTypeName());
        for (java.lang.reflect.Type p : m.getGenericParameterTypes()) {
          check(leaks, type, m.getName() + "() takes", p.getTypeName());
        }
      }
    }
    for (Constructor<?> c : type.getDeclaredConstructors()) {
      if (isVisible(c.getModifiers())) {
        for (java.lang.reflect.Type p : c.getGenericParameterTypes()) {
          check(leaks, type, "constructor takes", p.getTypeName());
        }
      }
    }
    for (Field f : type.getDeclaredFields()) {
      if (isVisible(f.getModifiers())) {
        check(leaks, type, f.getName() + " is", f.getGenericType().getTypeName());
      }
    }
    return leaks;
  }

  private static boolean isVisible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static void check(List<String> leaks, Class<?> owner, String what, String typeName) {
    if (typeName.contains("org.kie.") || typeName.contains("org.drools.")) {
      leaks.add(owner.getName() + "." + what + " " + typeName);
    }
  }
}
