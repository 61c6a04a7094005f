package io.hopscope.io.input;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.hopscope.text.Text;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a JSON reader refused and where, as keyed texts the app shows in the UI's language
 * (unexpected end, bad character, duplicate key, a read limit...). Jackson says it in English only,
 * and its sentences carry parser internals ("START_ARRAY", "StreamReadConstraints"); the command
 * line keeps printing them as it always did, so these texts stand beside that English, not in it.
 */
public final class JsonErrorTexts {

    // Jackson 2.x wording, matched loosely: an unknown sentence falls back to the kind of exception.
    private static final Pattern CHARACTER = Pattern.compile("^Unexpected character \\('(.+?)' \\(code \\d+\\)\\)");
    private static final Pattern CONTROL = Pattern.compile("^Illegal (?:unquoted )?character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)");
    private static final Pattern TOKEN = Pattern.compile("^(?:Unrecognized|Non-standard) token '(.*?)'");
    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate (?:field|Object property) '(.*?)'");
    private static final Pattern CLOSE = Pattern.compile("^Unexpected close marker '(.)'");
    private static final Pattern LIMIT = Pattern.compile("^(.*?) \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");

    private JsonErrorTexts() {
    }

    /** What went wrong and, when the reader knows it, the line and column: "unexpected end of input (line 3, column 1)". */
    public static Text of(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        if (at == null || at.getLineNr() < 0) {
            return what(e);
        }
        return Text.of("json.at", what(e), at.getLineNr(), at.getColumnNr());
    }

    /** The kind of error, with the character, token, key or limit it names. */
    public static Text what(JsonProcessingException e) {
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            return limit(m);
        }
        if (e instanceof JsonEOFException) {
            return Text.of("json.error.endOfInput");
        }
        if (e instanceof InvalidFormatException f) {
            return Text.of("json.value.format", String.valueOf(f.getValue()), type(f.getTargetType()));
        }
        if (e instanceof MismatchedInputException mi) {
            return mi.getTargetType() == null ? Text.of("json.value.other") : Text.of("json.value.type", type(mi.getTargetType()));
        }
        if (e instanceof JsonMappingException) {
            return Text.of("json.value.other");
        }
        Matcher g;
        if ((g = DUPLICATE.matcher(m)).find()) {
            return Text.of("json.error.duplicateKey", g.group(1));
        }
        if ((g = CHARACTER.matcher(m)).find()) {
            return Text.of("json.error.character", g.group(1));
        }
        if ((g = CONTROL.matcher(m)).find()) {
            return Text.of("json.error.controlCharacter", g.group(1));
        }
        if ((g = TOKEN.matcher(m)).find()) {
            return Text.of("json.error.token", g.group(1));
        }
        if ((g = CLOSE.matcher(m)).find()) {
            return Text.of("json.error.closeMarker", g.group(1));
        }
        if (m.startsWith("Invalid numeric value") || m.startsWith("Invalid number")) {
            return Text.of("json.error.number");
        }
        if (m.startsWith("Unexpected end-of-input")) {
            return Text.of("json.error.endOfInput");
        }
        return Text.of("json.error.syntax");
    }

    /** StreamReadConstraints' refusals: "Document nesting depth (1001) exceeds the maximum allowed (1000, ...)". */
    private static Text limit(String m) {
        Matcher g = LIMIT.matcher(m);
        if (!g.find()) {
            return Text.of("json.limit.other");
        }
        String what = g.group(1);
        String key = what.endsWith("nesting depth") || what.equals("Depth") ? "json.limit.depth"
                : what.startsWith("String value") ? "json.limit.string"
                : what.startsWith("Number value") ? "json.limit.number"
                : what.startsWith("Name") ? "json.limit.name"
                : what.startsWith("Document length") ? "json.limit.document"
                : what.startsWith("Token count") ? "json.limit.tokens"
                : null;
        return key == null ? Text.of("json.limit.other") : Text.of(key, g.group(2), g.group(3));
    }

    /** A bound type in words people use: a number, a list, a timestamp; a record type is "an object". */
    private static Text type(Class<?> t) {
        if (t == null) {
            return Text.of("json.type.object");
        }
        String key;
        if (t == int.class || t == long.class || t == double.class || Number.class.isAssignableFrom(t)) {
            key = "json.type.number";
        } else if (t == boolean.class || t == Boolean.class) {
            key = "json.type.boolean";
        } else if (t == String.class || t.isEnum()) {
            key = "json.type.string";
        } else if (java.util.Collection.class.isAssignableFrom(t) || t.isArray()) {
            key = "json.type.list";
        } else if (java.time.temporal.Temporal.class.isAssignableFrom(t)) {
            key = "json.type.timestamp";
        } else {
            key = "json.type.object";
        }
        return Text.of(key);
    }
}
