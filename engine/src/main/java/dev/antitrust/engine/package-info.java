/**
 * The engine: loads rule packs, compiles them once, and assesses cases.
 *
 * <p>Start with {@link dev.antitrust.engine.RiskEngine}: {@code RiskEngine.builder()} layers rule
 * directories over the built-in pack and compiles them into one Drools KieBase; {@code assess}
 * runs each case in its own session and returns an immutable {@link dev.antitrust.model.Assessment}.
 * Case files are read by {@link dev.antitrust.engine.casefile.CaseReader}.
 *
 * <p>Batch records, the same bytes from every runner, live in {@link dev.antitrust.engine.batch}.
 *
 * <p>Public types: the engine and its builder, {@link dev.antitrust.engine.RuleInfo}, {@link
 * dev.antitrust.engine.MarketIndicators} (a market's shares, HHI and deal effects for reports), the golden-case
 * runner {@link dev.antitrust.engine.GoldenCaseRunner} with its results ({@code GoldenResult},
 * {@code GoldenCheck}), {@code RuleCatalogue}, {@link dev.antitrust.engine.ReloadingEngine} (an
 * engine rebuilt when its rule folders change) over {@link dev.antitrust.engine.RuleFolderWatcher},
 * and the
 * exceptions {@link dev.antitrust.engine.RulePackException} and {@link
 * dev.antitrust.engine.AssessmentException}. No Drools type appears in a public signature; everything
 * else here is package-private: finding pack files ({@code RulePackSources}), outlining DRL before
 * compiling ({@code DrlOutline}, {@code RuleMetadata}, {@code DisabledList}), the thresholds table,
 * compiling ({@code RuleCompiler}, {@code CompileErrors}), reading golden cases ({@code
 * GoldenCaseReader}), running one case ({@code CaseRun}) and ranking ({@code ConcernRanker}, {@code
 * Scoring}).
 */
package dev.antitrust.engine;
