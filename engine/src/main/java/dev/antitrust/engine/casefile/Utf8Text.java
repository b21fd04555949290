package dev.antitrust.engine.casefile;

import dev.antitrust.model.Problem;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Strict UTF-8 decoding that says where it failed: a case file is text, and a byte that is not UTF-8
 * is a problem at its line and column, like any other, not a replacement character in a company id.
 */
final class Utf8Text {
  private Utf8Text() {}

  /** The text of the bytes; a byte-order mark, if any, stays for the parser to skip. */
  static String decode(Origin origin, byte[] bytes) {
    int first = bytes.length >= 2 ? bytes[0] & 0xFF : 0;
    int second = bytes.length >= 2 ? bytes[1] & 0xFF : 0;
    if (first == 0xFE && second == 0xFF || first == 0xFF && second == 0xFE) {
      throw new CaseFileException(List.of(origin.problem(1, 1, String.format(Locale.ROOT,
          "the text is UTF-16 (it starts with the byte-order mark 0x%02X 0x%02X); save it as UTF-8",
          first, second))));
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      throw new CaseFileException(List.of(invalid(origin, bytes, in.position())));
    }
    return out.flip().toString();
  }

  /** The problem at the first byte that is not UTF-8, located by the valid text before it. */
  private static Problem invalid(Origin origin, byte[] bytes, int at) {
    String before = new String(bytes, 0, at, StandardCharsets.UTF_8);
    int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
    int column = before.length() - (before.lastIndexOf('\n') + 1) + 1;
    return origin.problem(line, column, String.format(Locale.ROOT,
        "the text is not valid UTF-8 (byte 0x%02X); save the file as UTF-8", bytes[at] & 0xFF));
  }
}
