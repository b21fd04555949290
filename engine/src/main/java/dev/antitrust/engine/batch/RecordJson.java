package dev.antitrust.engine.batch;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.antitrust.model.Concern;
import dev.antitrust.model.WireName;
import java.io.IOException;

/**
 * The one JSON form of results: assessments, error records and run records, with fields in the
 * records' declaration order, dates as ISO strings and enums as their wire names ({@code high},
 * {@code merger-filing}), so the output reads like case files and rules. Every writer of records
 * (the command line, the Spark job) goes through here, which is what keeps their bytes identical.
 * Thread-safe.
 */
public final class RecordJson {
  // Thread-safe and costly to build, so shared.
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .addModule(new SimpleModule("wire-names").addSerializer(WireName.class, new WireNameSerializer()))
      .addMixIn(Concern.class, ConcernWithoutEmptyExplanation.class)
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .build();
  private static final ObjectWriter COMPACT = MAPPER.writer();
  private static final ObjectWriter PRETTY = MAPPER.writer(prettyPrinter());

  private RecordJson() {}

  /** One value on one line, as JSON Lines records are written; no trailing line break. */
  public static String compact(Object value) {
    return write(COMPACT, value);
  }

  /**
   * One value indented for people: two-space indents, {@code "key": value}, one array element per
   * line, empty as {@code []}; no trailing line break.
   */
  public static String pretty(Object value) {
    return write(PRETTY, value);
  }

  private static String write(ObjectWriter writer, Object value) {
    try {
      return writer.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      // Records of strings, numbers, dates and enums: failing here is a bug.
      throw new IllegalStateException("cannot write a record as JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static DefaultPrettyPrinter prettyPrinter() {
    Separators separators = Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
    printer.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
    return printer;
  }

  /** A concern's {@code explanation} is absent, not null, unless the assessment was asked to explain. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private abstract static class ConcernWithoutEmptyExplanation {}

  /** Writes a {@link WireName} enum as its wire name. */
  private static final class WireNameSerializer extends StdSerializer<WireName> {
    private static final long serialVersionUID = 1L;

    WireNameSerializer() {
      super(WireName.class);
    }

    @Override
    public void serialize(WireName value, JsonGenerator generator, SerializerProvider provider)
        throws IOException {
      generator.writeString(value.wireName());
    }
  }
}
