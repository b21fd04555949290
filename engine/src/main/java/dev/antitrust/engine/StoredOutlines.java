package dev.antitrust.engine;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.antitrust.engine.DrlOutline.RuleOutline;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outlines of the built-in pack's DRL files, made by the build and read instead of parsing the
 * files again: parsing the pack is about a fifth of a cold start. They are found by the sha256 of a
 * file's text, so a built-in file a user exported and left unchanged is found too; any other file,
 * or any trouble reading them, means parsing as before.
 */
final class StoredOutlines {
  /** Where the build puts them, beside the built-in pack. */
  static final String RESOURCE = RulePackSources.BUILTIN_ROOT + "outlines.json";

  private static final JsonMapper JSON = new JsonMapper();

  /** What is stored of one file; a file is stored only when all of it parsed. */
  record Stored(String packageName, List<String> declaredTypes, List<RuleOutline> rules) {}

  private StoredOutlines() {}

  /** The file's outline: the stored one when its text is a built-in file's, else parsed. */
  static DrlOutline of(RuleFile file) {
    Stored stored = Holder.BUILT_IN.get(file.sha256());
    return stored == null ? DrlOutline.of(file) : outline(file, stored);
  }

  static DrlOutline outline(RuleFile file, Stored stored) {
    return new DrlOutline(file, stored.packageName(), stored.rules(), List.of(), file.text(), stored.declaredTypes(),
        null);
  }

  /** Writes the outlines of files that parsed whole, by the sha256 of their text. */
  static void write(List<DrlOutline> outlines, OutputStream out) throws IOException {
    Map<String, Stored> byHash = new TreeMap<>();
    for (DrlOutline o : outlines) {
      if (o.syntaxProblems().isEmpty() && o.compilableText() != null && o.compilableText().equals(o.file().text())) {
        byHash.put(o.file().sha256(), new Stored(o.packageName(), o.declaredTypes(), o.rules()));
      }
    }
    JSON.writerWithDefaultPrettyPrinter().writeValue(out, byHash);
  }

  /** Reads what {@link #write} wrote. */
  static Map<String, Stored> read(InputStream in) throws IOException {
    return JSON.readValue(in, new TypeReference<Map<String, Stored>>() {});
  }

  /** Read once, on first use; none when the rules jar is absent or the resource unreadable. */
  private static final class Holder {
    static final Map<String, Stored> BUILT_IN = load();

    private static Map<String, Stored> load() {
      try (InputStream in = StoredOutlines.class.getClassLoader().getResourceAsStream(RESOURCE)) {
        return in == null ? Map.of() : Map.copyOf(read(in));
      } catch (IOException | RuntimeException e) {
        return Map.of(); // parsing every file is slower, never wrong
      }
    }
  }
}
