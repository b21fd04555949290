package dev.antitrust.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The code of a DRL file with comments and string and character literals blanked, every other
 * character at its offset, and the dotted names in it. The rule policy reads names from here, so
 * that a word in a comment or a message is never taken for code, and code is never hidden from it.
 *
 * <p>Blanking errs on the side of showing more: an unterminated literal ends at its line, and
 * {@code #} is not taken for a comment.
 */
final class DrlCode {
  private final String text;
  private final String code;

  /**
   * A dotted name such as {@code java.lang.System.exit} or {@code $s.company}, written with any
   * spacing around the dots.
   *
   * @param start offset of the first segment
   * @param segments the identifiers, in order
   * @param afterDot whether a '.' precedes it, as in {@code "".getClass()} or {@code x().exec()}
   * @param afterAt whether it names an annotation
   * @param wildcard whether it ends in {@code .*}, as in an import
   * @param lineStart whether only blanks precede it on its line
   */
  record Name(int start, List<String> segments, boolean afterDot, boolean afterAt, boolean wildcard, boolean lineStart) {
    String first() {
      return segments.get(0);
    }
  }

  DrlCode(String text) {
    this.text = text;
    this.code = blankCommentsAndLiterals(text);
  }

  String code() {
    return code;
  }

  /** The 1-based line of an offset. */
  int line(int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /** The 1-based column of an offset, counting each character (a tab too) as one. */
  int column(int offset) {
    int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    return offset - lineStart + 1;
  }

  /** Every dotted name in the code, in order; numbers are skipped so {@code 1e9} is no name. */
  List<Name> names() {
    List<Name> names = new ArrayList<>();
    int i = 0;
    int n = code.length();
    while (i < n) {
      char c = code.charAt(i);
      if (Character.isDigit(c)) {
        while (i < n && (Character.isJavaIdentifierPart(code.charAt(i)) || code.charAt(i) == '.')) {
          i++;
        }
      } else if (Character.isJavaIdentifierStart(c)) {
        int start = i;
        List<String> segments = new ArrayList<>();
        boolean wildcard = false;
        while (true) {
          int end = i;
          while (end < n && Character.isJavaIdentifierPart(code.charAt(end))) {
            end++;
          }
          segments.add(code.substring(i, end));
          i = end;
          int dot = skipBlanks(i);
          if (dot >= n || code.charAt(dot) != '.') {
            break;
          }
          int next = skipBlanks(dot + 1);
          if (next < n && code.charAt(next) == '*') {
            wildcard = true;
            i = next + 1;
            break;
          }
          if (next >= n || !Character.isJavaIdentifierStart(code.charAt(next))) {
            break;
          }
          i = next;
        }
        int before = skipBlanksBack(start - 1);
        boolean lineStart = before < 0 || code.lastIndexOf('\n', start - 1) >= before;
        names.add(new Name(start, List.copyOf(segments), before >= 0 && code.charAt(before) == '.',
            before >= 0 && code.charAt(before) == '@', wildcard, lineStart));
      } else {
        i++;
      }
    }
    return names;
  }

  private int skipBlanks(int i) {
    while (i < code.length() && Character.isWhitespace(code.charAt(i))) {
      i++;
    }
    return i;
  }

  private int skipBlanksBack(int i) {
    while (i >= 0 && Character.isWhitespace(code.charAt(i))) {
      i--;
    }
    return i;
  }

  static String blankCommentsAndLiterals(String text) {
    char[] out = text.toCharArray();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c != '/' && c != '"' && c != '\'') {
        i++; // most characters: checked once, not against every opening below (a cold start runs this slowly)
        continue;
      }
      int end;
      if (text.startsWith("//", i)) {
        end = lineEnd(text, i);
      } else if (text.startsWith("/*", i)) {
        int close = text.indexOf("*/", i + 2);
        end = close < 0 ? n : close + 2;
      } else if (text.startsWith("\"\"\"", i)) {
        int close = text.indexOf("\"\"\"", i + 3);
        end = close < 0 ? n : close + 3;
      } else if (c == '"' || c == '\'') {
        end = literalEnd(text, i, c);
      } else {
        i++;
        continue;
      }
      for (int j = i; j < end; j++) {
        if (out[j] != '\n' && out[j] != '\r') {
          out[j] = ' ';
        }
      }
      i = end;
    }
    return new String(out);
  }

  private static int lineEnd(String text, int from) {
    int nl = text.indexOf('\n', from);
    return nl < 0 ? text.length() : nl;
  }

  /** Past the closing quote, or at the end of the line when the literal is not closed on it. */
  private static int literalEnd(String text, int open, char quote) {
    int i = open + 1;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == quote) {
        return i + 1;
      } else if (c == '\n') {
        return i;
      } else {
        i++;
      }
    }
    return text.length();
  }
}
