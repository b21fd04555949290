package dev.antitrust.cli;

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
import dev.antitrust.model.Assessment;
import dev.antitrust.model.Concern;
import dev.antitrust.model.WireName;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

/**
 * Writes assessments as pretty-printed JSON: one object for one case, an array for several. Fields
 * come in the records' declaration order, dates as ISO strings and enums as their wire names
 * ({@code high}, {@code merger-filing}), so the output matches what case files and rules say.
 */
final class JsonRenderer implements Renderer {
  // Thread-safe and costly to build, so shared.
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .addModule(new SimpleModule("wire-names").addSerializer(WireName.class, new WireNameSerializer()))
      .addMixIn(Concern.class, ConcernWithoutEmptyExplanation.class)
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .build();
  private static final ObjectWriter WRITER = MAPPER.writer(prettyPrinter());

  /** The same mapping on one line, for JSON Lines and run records; thread-safe. */
  static final ObjectWriter COMPACT = MAPPER.writer();

  @Override
  public void render(List<Assessment> assessments, boolean several, PrintWriter out) {
    if (several) {
      out.println(json(assessments));
    } else if (!assessments.isEmpty()) {
      out.println(json(assessments.get(0)));
    }
  }

  /** One value as JSON text, without a trailing line break. */
  static String json(Object value) {
    try {
      return WRITER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      // The model is records of strings, numbers, dates and enums: failing here is a bug.
      throw new IllegalStateException(
          "cannot write an assessment as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** Two-space indents, {@code "key": value}, one array element per line, empty as {@code []}. */
  private static DefaultPrettyPrinter prettyPrinter() {
    Separators separators = Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
    printer.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
    return printer;
  }

  /** A concern's {@code explanation} is absent, not null, unless {@code --explain} asked for it. */
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
