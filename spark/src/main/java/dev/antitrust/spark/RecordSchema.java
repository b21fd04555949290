package dev.antitrust.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createMapType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Parquet schema of batch records: the fields of the JSON records, result and error side by
 * side. A result row has {@code error} null; an error row has only {@code error}. Declared rather
 * than inferred, so every part file has the same schema whatever the records in it; the test
 * checks it against the fields of real records, so a field added to the model cannot go missing.
 */
final class RecordSchema {
  private static final StructType RULE_PACK = struct(
      field("version", StringType),
      field("sha256", StringType),
      field("sources", createArrayType(StringType, false)),
      field("disabled", createArrayType(struct(
          field("id", StringType),
          field("reason", StringType),
          field("source", StringType)), false)),
      field("trustedRules", BooleanType));

  private static final StructType CONCERN = struct(
      field("rank", IntegerType),
      field("score", DoubleType),
      field("ruleId", StringType),
      field("title", StringType),
      field("category", StringType),
      field("jurisdiction", StringType),
      field("severity", StringType),
      field("finding", StringType),
      field("citation", StringType),
      field("subjects", createArrayType(StringType, false)),
      field("evidence", createMapType(StringType, DoubleType, false)),
      field("thresholds", createMapType(StringType, DoubleType, false)));

  private static final StructType ERROR = struct(
      field("caseId", StringType),
      field("source", StringType),
      field("rule", StringType),
      field("messages", createArrayType(StringType, false)));

  /** One record: an {@code Assessment}'s fields, then {@code error}. */
  static final StructType RECORD = struct(
      field("caseId", StringType),
      field("title", StringType),
      field("asOf", DateType),
      field("engineVersion", StringType),
      field("rulePack", RULE_PACK),
      field("concerns", createArrayType(CONCERN, false)),
      field("error", ERROR));

  private RecordSchema() {}

  private static StructType struct(StructField... fields) {
    return createStructType(List.of(fields));
  }

  private static StructField field(String name, DataType type) {
    return createStructField(name, type, true);
  }
}
