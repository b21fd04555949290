package dev.antitrust.engine.casefile;

import static dev.antitrust.engine.casefile.CaseLimits.count;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.Set;

/**
 * Wraps the parser of one read and enforces the {@link CaseLimits} that Jackson's own constraints do
 * not: entries per list or mapping and per case and the exact length of text, for both formats, and
 * for YAML, whose parser checks neither, the length of names, and tags. Every token the reader sees passes through here,
 * skipped ones included, so a value cannot dodge a limit by sitting under an unknown field.
 */
final class LimitedParser extends JsonParserDelegate {
  private static final String YAML_CORE_TAG = "tag:yaml.org,2002:";
  /** The tags of YAML's core schema, which only say what the value already is. */
  private static final Set<String> CORE_TAGS = Set.of("str", "int", "float", "bool", "null", "seq", "map");

  private final boolean yaml;
  // One slot per open list or mapping; Jackson refuses deeper nesting before these fill up.
  private final boolean[] isList = new boolean[CaseLimits.MAX_DEPTH + 2];
  private final int[] entries = new int[CaseLimits.MAX_DEPTH + 2];
  private final JsonLocation[] starts = new JsonLocation[CaseLimits.MAX_DEPTH + 2];
  private int depth;
  private long total;

  LimitedParser(JsonParser parser) {
    super(parser);
    this.yaml = parser instanceof YAMLParser;
  }

  /** True when the parser, or the one it wraps, is at a YAML alias ({@code *name}). */
  static boolean isAlias(JsonParser p) {
    JsonParser inner = p;
    while (inner instanceof JsonParserDelegate wrapper) {
      inner = wrapper.delegate();
    }
    return inner instanceof YAMLParser yamlParser && yamlParser.isCurrentAlias();
  }

  @Override
  public JsonToken nextToken() throws IOException {
    JsonToken t = delegate.nextToken();
    if (t != null) {
      check(t);
    }
    return t;
  }

  @Override
  public JsonToken nextValue() throws IOException {
    JsonToken t = nextToken();
    return t == JsonToken.FIELD_NAME ? nextToken() : t;
  }

  @Override
  public JsonParser skipChildren() throws IOException {
    // Through nextToken, so that what is skipped counts towards the limits too.
    if (currentToken() == JsonToken.START_OBJECT || currentToken() == JsonToken.START_ARRAY) {
      for (int open = 1; open > 0; ) {
        JsonToken t = nextToken();
        if (t == null) {
          break;
        }
        open += t.isStructStart() ? 1 : t.isStructEnd() ? -1 : 0;
      }
    }
    return this;
  }

  private void check(JsonToken t) throws IOException {
    if (t.isStructEnd()) {
      depth--;
      return;
    }
    int level = depth;
    boolean entry = level > 0 && (t == JsonToken.FIELD_NAME || isList[level]);
    if (t.isStructStart()) {
      if (depth + 1 >= entries.length) {
        // Jackson stops this first; kept so the arrays can never overflow.
        throw new StreamConstraintsException("Document nesting depth (" + (depth + 1) + ") exceeds the maximum",
            delegate.currentTokenLocation());
      }
      depth++;
      isList[depth] = t == JsonToken.START_ARRAY;
      entries[depth] = 0;
      starts[depth] = delegate.currentTokenLocation();
    }
    if (entry) {
      entries[level]++;
      total++;
      if (entries[level] > CaseLimits.MAX_ENTRIES) {
        throw tooManyEntries(level, t);
      }
      if (total > CaseLimits.MAX_TOTAL_ENTRIES) {
        throw tooManyInAll();
      }
    }
    if (t == JsonToken.VALUE_STRING) {
      int length = delegate.getTextLength();
      if (length > CaseLimits.MAX_TEXT_CHARS) {
        throw limit(ProblemList.pathOf(getParsingContext()), "the text has " + count(length)
            + " characters, more than the " + count(CaseLimits.MAX_TEXT_CHARS) + " a value may have");
      }
    }
    if (yaml) {
      checkYaml(t);
    }
  }

  private void checkYaml(JsonToken t) throws IOException {
    if (t == JsonToken.FIELD_NAME) {
      // The parser repeats a mapping's tag on its first key; keys are checked by length only.
      int length = delegate.getTextLength();
      if (length > CaseLimits.MAX_NAME_CHARS) {
        throw limit(ProblemList.pathOf(getParsingContext().getParent()),
            "the field name has " + count(length) + " characters, more than the "
                + count(CaseLimits.MAX_NAME_CHARS) + " a name may have");
      }
      return;
    }
    Object typeId = delegate.getTypeId();
    String tag = typeId == null ? null : typeId.toString();
    if (tag != null && !(tag.startsWith(YAML_CORE_TAG) && CORE_TAGS.contains(tag.substring(YAML_CORE_TAG.length())))) {
      throw limit(ProblemList.pathOf(getParsingContext()), "the YAML tag " + asWritten(tag)
          + " is not allowed: a case file holds data and names no types");
    }
  }

  private CaseLimitException tooManyEntries(int level, JsonToken t) {
    // The context is the list or mapping itself, or the new entry's own when the entry opens one.
    JsonStreamContext container = t.isStructStart() ? getParsingContext().getParent() : getParsingContext();
    String path = ProblemList.pathOf(container.getParent());
    String kind = isList[level] ? "list" : "mapping";
    String found = countRest(level, entries[level]);
    return new CaseLimitException(prefix(path) + "the " + kind + " has " + found + " entries, more than the "
        + count(CaseLimits.MAX_ENTRIES) + " a " + kind + " may have", starts[level]);
  }

  private CaseLimitException tooManyInAll() {
    JsonLocation at = delegate.currentTokenLocation();
    String found = countRest(0, total);
    return new CaseLimitException("the case has " + found + " entries in its lists and mappings, more than the "
        + count(CaseLimits.MAX_TOTAL_ENTRIES) + " a case may have", at);
  }

  /**
   * Reads on to the end of the list or mapping at {@code level}, counting its entries, or with
   * level 0 to the end of the input counting every entry, so that the message can say how many
   * there are; "at least" when the input breaks off first.
   */
  private String countRest(int level, long counted) {
    long n = counted;
    int stop = Math.max(level, 1);
    try {
      for (JsonToken t = delegate.nextToken(); t != null; t = delegate.nextToken()) {
        if (t.isStructEnd()) {
          if (--depth < stop) {
            return count(n);
          }
          continue;
        }
        if ((level == 0 || depth == level) && (t == JsonToken.FIELD_NAME || isList[depth])) {
          n++;
        }
        if (t.isStructStart()) {
          if (depth + 1 >= isList.length) {
            return "at least " + count(n);
          }
          isList[++depth] = t == JsonToken.START_ARRAY;
        }
      }
      return count(n);
    } catch (IOException e) {
      return "at least " + count(n);
    }
  }

  private CaseLimitException limit(String path, String message) {
    return new CaseLimitException(prefix(path) + message, delegate.currentTokenLocation());
  }

  private static String prefix(String path) {
    return path.isEmpty() ? "" : path + ": ";
  }

  /** A tag as the file writes it: {@code !!name} for YAML's own prefix, {@code !name} for a local one. */
  private static String asWritten(String tag) {
    if (tag.startsWith(YAML_CORE_TAG)) {
      return "!!" + tag.substring(YAML_CORE_TAG.length());
    }
    return tag.contains(":") ? "!<" + tag + ">" : "!" + tag;
  }

  /** An input beyond a limit: the message is the whole problem, at its own location. */
  static final class CaseLimitException extends StreamConstraintsException {
    private static final long serialVersionUID = 1L;

    CaseLimitException(String message, JsonLocation at) {
      super(message, at);
    }
  }
}
