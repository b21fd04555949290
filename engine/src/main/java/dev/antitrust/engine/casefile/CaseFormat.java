package dev.antitrust.engine.casefile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.Locale;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The two syntaxes of a case file, each with its parser factory and its reader, built once: both are
 * immutable and thread-safe, and each read only adds its own problem list as an attribute.
 */
enum CaseFormat {
  YAML(yamlFactory()),
  JSON(jsonFactory());

  private final JsonFactory factory;
  private final ObjectReader reader;

  CaseFormat(JsonFactory factory) {
    this.factory = factory;
    MapperBuilder<?, ?> builder =
        factory instanceof YAMLFactory yaml ? YAMLMapper.builder(yaml) : JsonMapper.builder(factory);
    ObjectMapper mapper = builder
        .addModule(ScalarDeserializers.module())
        .addHandler(new BindingProblemHandler())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        // A second case after the first is checked by the reader itself, to word the error.
        .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
    // An empty entry ("- " in YAML) is null, reported as empty, not a failed conversion of "".
    mapper.coercionConfigDefaults().setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsNull);
    this.reader = mapper.readerFor(CaseDto.class);
  }

  /** JSON for a name that ends in {@code .json}, any case; YAML, which JSON also is, for all others. */
  static CaseFormat forSource(String source) {
    return source.toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : YAML;
  }

  JsonFactory factory() {
    return factory;
  }

  ObjectReader reader() {
    return reader;
  }

  /** The format's name for messages: {@code malformed YAML: ...}. */
  String label() {
    return name();
  }

  /**
   * Jackson's own limits, from {@link CaseLimits}. The YAML parser applies only the nesting depth;
   * {@link LimitedParser} checks the rest for YAML, and what neither parser counts for both formats.
   * Text is the exception: Jackson stops reading a long text partway, at a length that depends on
   * its buffers, so {@link LimitedParser} checks it for both formats and can say the exact length;
   * Jackson's limit is only a backstop, at the size of the largest input.
   */
  private static StreamReadConstraints limits() {
    return StreamReadConstraints.builder()
        .maxDocumentLength(CaseLimits.MAX_BYTES)
        .maxNestingDepth(CaseLimits.MAX_DEPTH)
        .maxStringLength(CaseLimits.MAX_BYTES)
        .maxNameLength(CaseLimits.MAX_NAME_CHARS)
        .maxNumberLength(CaseLimits.MAX_NUMBER_CHARS)
        .build();
  }

  private static JsonFactory jsonFactory() {
    // Non-numeric numbers (NaN) stay off, as JSON defines; the model refuses non-finite values too.
    return JsonFactory.builder()
        .streamReadConstraints(limits())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
  }

  private static YAMLFactory yamlFactory() {
    LoaderOptions options = new LoaderOptions();
    // Jackson passes aliases through unexpanded (the reader then refuses them), so the alias limit is
    // a second line of defence should that change; the others bound the parser's own work.
    options.setMaxAliasesForCollections(CaseLimits.MAX_YAML_ALIASES);
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(CaseLimits.MAX_DEPTH);
    options.setCodePointLimit(CaseLimits.MAX_BYTES);
    return YAMLFactory.builder()
        .loaderOptions(options)
        .streamReadConstraints(limits())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
  }
}
