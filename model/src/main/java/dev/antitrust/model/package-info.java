/**
 * The fact model: what a case file says, what the rules derive from it, and what the engine returns.
 *
 * <p>Start with {@link dev.antitrust.model.Case}, the root of a case file. Rules match the case facts
 * ({@link dev.antitrust.model.Company}, {@link dev.antitrust.model.MarketShare}, {@link
 * dev.antitrust.model.Agreement}, ...) and the {@link dev.antitrust.model.Threshold} rows in force,
 * insert indicator records such as {@link dev.antitrust.model.MarketConcentration}, and report each
 * concern by inserting a {@link dev.antitrust.model.Finding}. The engine turns findings into ranked
 * {@link dev.antitrust.model.Concern}s inside an {@link dev.antitrust.model.Assessment}.
 *
 * <p>Every record validates in its compact constructor and throws {@link
 * dev.antitrust.model.InvalidFactException} naming the field and the value. This package has no
 * dependency on Drools or on any I/O library.
 */
package dev.antitrust.model;
