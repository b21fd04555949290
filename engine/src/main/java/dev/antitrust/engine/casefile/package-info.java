/**
 * Reading case files: YAML, JSON and JSON Lines records into a validated {@link
 * dev.antitrust.model.Case}. Start with {@link dev.antitrust.engine.casefile.CaseReader}; every
 * failure is a {@link dev.antitrust.engine.casefile.CaseFileException} listing all the problems of
 * the input, each as {@code file:line:column: message}.
 *
 * <p>Inside, a read has three steps. Jackson binds the text to {@code CaseDto}, the schema as
 * written, through {@code LimitedParser}, which enforces the {@link
 * dev.antitrust.engine.casefile.CaseLimits} the parsers do not, with strict scalar readers and a
 * problem handler that record each bad value and go on.
 * {@code CrossReferences} then checks what spans records (ids, references, parent loops) and {@code
 * CaseAssembler} builds the model's records one by one, turning their complaints into problems.
 * Problems found after binding are located by their path through a second pass over the text, made
 * only when there is something to report.
 */
package dev.antitrust.engine.casefile;
