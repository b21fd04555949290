/**
 * Performance measurement of the engine (issue 6): JMH benchmarks and a hand-written baseline.
 *
 * <p>Start with {@code bench/run}, which builds {@code bench/target/benchmarks.jar}, runs the
 * benchmarks ({@link dev.antitrust.bench.RulePackBuild}, {@link dev.antitrust.bench.CaseLatency},
 * {@link dev.antitrust.bench.CaseThroughput}), times the command line, and prints the README's table
 * through {@link dev.antitrust.bench.PerformanceTable}. The benchmarks run on a corpus from {@code
 * antitrust generate} ({@code Corpus}).
 *
 * <p>The baseline: {@code SubsetPack} writes a fixed subset of the built-in rules (concentration,
 * dominance, foreclosure, information exchange, EAR export control) as a rule folder, and {@code
 * HandWrittenRules} restates exactly those rules in plain Java ({@code CaseFacts} for the indicators,
 * one class per area for the concern rules). {@code HandWrittenRulesTest} checks, in {@code mvn
 * verify}, that both give the same concerns ({@code ConcernComparison}); the benchmarks themselves
 * never run in the build.
 */
package dev.antitrust.bench;
