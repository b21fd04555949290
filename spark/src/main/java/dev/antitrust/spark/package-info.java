/**
 * The antitrust engine on Apache Spark: the same engine, rule packs and records as {@code antitrust
 * batch}, for corpora beyond one machine.
 *
 * <p>Two entry points. {@link dev.antitrust.spark.SparkBatchJob} is the {@code spark-submit} main
 * class: JSON Lines files or a table in, a directory of JSON Lines or Parquet part files out, and
 * the run record beside it. {@link dev.antitrust.spark.SparkBatchRunner} is the {@code
 * antitrust batch --engine spark} runner the command line finds with ServiceLoader: the same job in
 * local mode, joined into one file.
 *
 * <p>Inside, {@code InputFiles} lists the files in batch's order, {@code JsonLinesInputFormat} cuts
 * them into lines as batch does, and {@code SparkBatch} runs the job: a pass that counts each
 * split's lines, then one that assesses and writes through Spark's committer. The rule pack
 * travels as files ({@code RulePackShipment}) and is compiled once per executor JVM ({@code
 * ExecutorEngines}); {@code CountsAccumulator} counts records as they are written ({@code
 * RecordCounts}), {@code RecordSchema} is the Parquet schema, {@code SparkRunRecord} the run record
 * and {@code PartFiles} reads part files back on the driver.
 */
package dev.antitrust.spark;
