package io.hopscope.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Makes names and descriptions from a file safe to print on a terminal: control characters that
 * could move the cursor, retitle the window or rewrite what was printed (ESC, BEL, the C1 block,
 * bidirectional overrides) are shown as {@code \e} or {@code \u0007} instead of being sent raw.
 * Newlines and tabs pass. JSON output is unchanged in meaning: Jackson never writes raw C0
 * characters, and the {@code \\uXXXX} form written for DEL, C1 and bidi controls is a JSON escape
 * of the same character.
 */
final class EscapingWriter extends FilterWriter {

    EscapingWriter(Writer out) {
        super(out);
    }

    /** The text with every unsafe character escaped; {@code keepNewlines} false escapes {@code \n} too. */
    static String escape(String text, boolean keepNewlines) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = replacement(c, keepNewlines);
            if (replacement != null && sb == null) {
                sb = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (sb != null) {
                if (replacement != null) {
                    sb.append(replacement);
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? text : sb.toString();
    }

    private static String replacement(char c, boolean keepNewlines) {
        if (c == '\n') {
            return keepNewlines ? null : "\\n";
        }
        if (c == '\t') {
            return null;
        }
        if (c == 0x1B) {
            return "\\e";
        }
        boolean control = c < 0x20 || (c >= 0x7F && c <= 0x9F);
        boolean bidi = (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F;
        return control || bidi ? String.format("\\u%04x", (int) c) : null;
    }

    @Override
    public void write(int c) throws IOException {
        String r = replacement((char) c, true);
        if (r == null) {
            out.write(c);
        } else {
            out.write(r);
        }
    }

    @Override
    public void write(char[] buffer, int off, int len) throws IOException {
        write(new String(buffer, off, len), 0, len);
    }

    @Override
    public void write(String text, int off, int len) throws IOException {
        String part = text.substring(off, off + len);
        // The line separator of println passes as is (on Windows it is \r\n).
        String escaped = part.equals(System.lineSeparator()) ? part : escape(part, true);
        out.write(escaped, 0, escaped.length());
    }
}
