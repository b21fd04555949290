/**
 * The {@code antitrust} command line, a leaf that exports nothing but {@link dev.antitrust.cli.Main}
 * (whose {@code run} lets the spark module's tests drive it in-process).
 *
 * <p>Start at {@code Cli}, which wires picocli and turns every failure into an exit code. The
 * picocli-facing classes ({@code AntitrustCommand}, {@code AssessCommand}, {@code RulesCommand},
 * {@code ValidateCommand}, {@code TestCommand}, {@code DiffCommand}, the {@code RuleDirectories}
 * mixin, {@code Converters}, {@code VersionProvider}) parse and validate arguments; the work happens in classes that know
 * nothing of picocli: {@code AssessTask} reads and assesses cases, {@code TextRenderer} and {@code
 * JsonRenderer} write results, {@code RuleTable}, {@code GoldenReport} and {@code CaseDiff} the
 * rule-authoring commands' output, {@code ExitCodes} decides the exit code and {@code ErrorPrinter}
 * reports failures. {@code batch} runs through {@code BatchTask}: {@code BatchInputs} reads cases in
 * order, {@code BatchPipeline} assesses them on worker threads ({@code CaseJob}) and writes the
 * records in input order ({@code BatchFormat}, {@code CsvRecords}) to an {@code AtomicOutput}, and
 * {@code RunRecord} says what the run did; {@code batch --engine spark} goes instead to a runner found
 * with ServiceLoader ({@code ExternalBatch}), so that the cli never links against Spark. {@code generate} writes synthetic corpora ({@code
 * CorpusGenerator}, {@code SyntheticCase}, {@code SyntheticDeals}, {@code LineCorruptor}).
 * The HTML format is {@code HtmlReport} for {@code assess} (with {@code HtmlMarkets}, {@code
 * HtmlSupply} and {@code HtmlConcerns} for its sections) and {@code HtmlBatchReport} for {@code
 * batch} (fed by {@code BatchHighlights}); both draw with {@code HtmlCharts}, {@code ReferenceChart}
 * and {@code Svg}, and escape through {@code Html}, which also inlines {@code report.css} and
 * {@code report.js}.
 * Everything is package-private so that one package keeps the module's surface
 * to {@code Main}.
 */
package dev.antitrust.cli;
