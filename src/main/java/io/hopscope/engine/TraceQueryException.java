package io.hopscope.engine;

import io.hopscope.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The query names something the model does not have, or a field is out of range. The message is a
 * template whose {@code {0}}, {@code {1}} stand for the fields it is about, so each front end names
 * them its own way ({@link #render}): a GUI message never speaks of command-line flags. The engine's
 * own errors are a {@link Text} whose {@link QueryField} arguments stand for the fields, so the app
 * also writes the rest in its language ({@link #render(Function, Locale)}); the CLI keeps the English.
 */
public class TraceQueryException extends RuntimeException {
    private final String template;
    private final List<QueryField> fields;
    private final Text text;

    /** A message about no field of the query (the CLI's own options, for instance). */
    public TraceQueryException(String message) {
        this(message, List.of());
    }

    /** "{field} {detail}": {@code detail} follows the field's name. */
    public TraceQueryException(QueryField field, String detail) {
        this("{0} " + detail, List.of(field));
    }

    /** A message naming several fields, {@code {0}} for the first and so on. */
    public TraceQueryException(String template, QueryField... fields) {
        this(template, List.of(fields));
    }

    private TraceQueryException(String template, List<QueryField> fields) {
        super(render(template, fields, TraceQueryException::plainName));
        this.template = template;
        this.fields = fields;
        this.text = null;
    }

    /** A message as a key of the engine's bundle; its {@link QueryField} arguments are the fields it is about. */
    public TraceQueryException(Text text) {
        super(named(text, TraceQueryException::plainName).toString());
        List<QueryField> found = new ArrayList<>();
        for (Object arg : text.args()) {
            if (arg instanceof QueryField f) {
                found.add(f);
            }
        }
        this.template = null;
        this.fields = List.copyOf(found);
        this.text = text;
    }

    /** The message in {@code locale}'s language (English where it has no key), each field spelled by {@code name}. */
    public String render(Function<QueryField, String> name, Locale locale) {
        return text == null ? render(name) : named(text, name).format(locale);
    }

    private static Text named(Text text, Function<QueryField, String> name) {
        Object[] args = text.args();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof QueryField f) {
                args[i] = name.apply(f);
            }
        }
        return Text.of(text.key(), args);
    }

    /** The field the message is mainly about (the one to point at), or null. */
    public QueryField field() {
        return fields.isEmpty() ? null : fields.get(0);
    }

    public List<QueryField> fields() {
        return fields;
    }

    /** The message with each field spelled by {@code name}. */
    public String render(Function<QueryField, String> name) {
        return text != null ? named(text, name).toString() : render(template, fields, name);
    }

    private static String render(String template, List<QueryField> fields, Function<QueryField, String> name) {
        String text = template;
        for (int i = 0; i < fields.size(); i++) {
            text = text.replace("{" + i + "}", name.apply(fields.get(i)));
        }
        return text;
    }

    /** "source ip": a neutral name for logs and tests. */
    private static String plainName(QueryField f) {
        return f.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
