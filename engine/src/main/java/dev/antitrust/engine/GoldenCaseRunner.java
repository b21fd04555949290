package dev.antitrust.engine;

import dev.antitrust.engine.GoldenCase.Expectation;
import dev.antitrust.model.AntitrustException;
import dev.antitrust.model.Assessment;
import dev.antitrust.model.Concern;
import dev.antitrust.model.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs golden cases: YAML files, written by compliance staff, that give a case ({@code case:} inline
 * or {@code casePath:} relative to the file) and what must happen to it:
 *
 * <pre>{@code
 * name: HSR cap, one dollar above
 * casePath: ../cases/deal.yaml
 * expect:
 *   - {rule: US-HSR-SOT-ABOVE-CAP, rank: 1, severity: low, evidence: {value: 535600000}}
 * expectAbsent: [US-HSR-SOT-SOP]
 * expectOrder: [US-HSR-SOT-ABOVE-CAP, US-EAR-3A090A]
 * }</pre>
 *
 * A directory is searched for files named {@code *.golden.yaml} or {@code *.golden.yml}, so case files
 * can sit beside them. Thread-safe when the engine is.
 */
public final class GoldenCaseRunner {
  /** Evidence matches within this relative tolerance, so 0.1 + 0.2 equals 0.3. */
  private static final double TOLERANCE = 1e-9;

  private final RiskEngine engine;

  public GoldenCaseRunner(RiskEngine engine) {
    this.engine = Objects.requireNonNull(engine, "engine");
  }

  /** The golden files named or found under {@code paths}, in the order given, each directory sorted. */
  public static List<Path> find(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(Files::isRegularFile).filter(GoldenCaseRunner::isGoldenFile).sorted().forEach(files::add);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot list " + path, e);
        }
      } else {
        files.add(path);
      }
    }
    return files;
  }

  private static boolean isGoldenFile(Path p) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".golden.yaml") || name.endsWith(".golden.yml");
  }

  /** Runs every golden file under {@code paths}. */
  public List<GoldenResult> run(List<Path> paths) {
    return find(paths).stream().map(this::run).toList();
  }

  /** Runs one golden file; a file that cannot be read or run is a result with problems, never thrown. */
  public GoldenResult run(Path file) {
    List<Problem> problems = new ArrayList<>();
    GoldenCase golden = Files.exists(file) ? GoldenCaseReader.read(file, problems) : null;
    if (golden == null) {
      if (problems.isEmpty()) {
        problems.add(Problem.at(file.toString(), "no such file"));
      }
      return new GoldenResult(file.toString(), file.getFileName().toString(), List.of(), List.of(), problems);
    }
    Assessment a;
    try {
      a = engine.assess(golden.theCase());
    } catch (AntitrustException e) {
      return new GoldenResult(golden.file(), golden.name(), List.of(), List.of(), e.problems());
    }
    List<String> fired = a.concerns().stream().map(Concern::ruleId).toList();
    return new GoldenResult(golden.file(), golden.name(), checks(golden, a.concerns(), fired), fired, List.of());
  }

  /** The concern rules of the engine that no result saw fire, sorted by id. */
  public List<String> rulesNotFired(List<GoldenResult> results) {
    Set<String> fired = results.stream().flatMap(r -> r.fired().stream()).collect(Collectors.toSet());
    return engine.rules().stream().map(RuleInfo::id).filter(id -> !fired.contains(id)).sorted().toList();
  }

  private static List<GoldenCheck> checks(GoldenCase golden, List<Concern> concerns, List<String> fired) {
    List<GoldenCheck> checks = new ArrayList<>();
    for (Expectation e : golden.expect()) {
      Optional<Concern> c = concerns.stream().filter(x -> x.ruleId().equals(e.rule())).findFirst();
      checks.add(new GoldenCheck(e.rule() + " fires", "fires",
          c.map(x -> "fires").orElse("silent"), c.isPresent()));
      if (e.rank() != null) {
        String actual = c.map(x -> Integer.toString(x.rank())).orElse("-");
        checks.add(new GoldenCheck(e.rule() + " rank", e.rank().toString(), actual, actual.equals(e.rank().toString())));
      }
      if (e.severity() != null) {
        String actual = c.map(x -> x.severity().wireName()).orElse("-");
        checks.add(new GoldenCheck(e.rule() + " severity", e.severity().wireName(), actual,
            actual.equals(e.severity().wireName())));
      }
      e.evidence().forEach((name, value) -> {
        Optional<Double> actual = c.flatMap(x -> Optional.ofNullable(x.evidence().get(name))
            .or(() -> Optional.ofNullable(x.thresholds().get(name))));
        checks.add(new GoldenCheck(e.rule() + " evidence " + name, number(value),
            actual.map(GoldenCaseRunner::number).orElse("-"),
            actual.filter(v -> Math.abs(v - value) <= TOLERANCE * Math.max(1, Math.abs(value))).isPresent()));
      });
    }
    for (String id : golden.expectAbsent()) {
      int rank = fired.indexOf(id) + 1;
      checks.add(new GoldenCheck(id + " absent", "silent", rank == 0 ? "silent" : "fires at rank " + rank, rank == 0));
    }
    if (!golden.expectOrder().isEmpty()) {
      List<String> actual = fired.stream().filter(golden.expectOrder()::contains).distinct().toList();
      List<String> missing = golden.expectOrder().stream().filter(id -> !fired.contains(id)).toList();
      String actualText = String.join(" > ", actual) + (missing.isEmpty() ? "" : " (silent: " + String.join(", ", missing) + ")");
      checks.add(new GoldenCheck("order", String.join(" > ", golden.expectOrder()), actualText,
          actual.equals(golden.expectOrder())));
    }
    return checks;
  }

  /** A figure as a person writes it: no trailing zeros, no exponent for ordinary amounts. */
  static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
  }
}
