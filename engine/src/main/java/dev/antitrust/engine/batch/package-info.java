/**
 * Batch records shared by every runner, so that {@code antitrust batch} and the Spark job write the
 * same bytes for the same case.
 *
 * <p>{@link dev.antitrust.engine.batch.BatchRecords} turns one input case into a {@link
 * dev.antitrust.engine.batch.BatchRecord}, a result or a {@link dev.antitrust.engine.batch.BatchError},
 * and never throws for bad input; {@link dev.antitrust.engine.batch.RecordJson} is the one JSON form
 * of results. {@link dev.antitrust.engine.batch.BatchRunner} is the service interface through which the
 * command line finds a runner that lives in another jar (Spark), with its {@link
 * dev.antitrust.engine.batch.BatchRequest}.
 */
package dev.antitrust.engine.batch;
