package io.hopscope.reach;

import io.hopscope.engine.QueryField;
import io.hopscope.text.Text;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * A question too wide to answer cell by cell: the user narrows it. The fields to narrow are
 * {@link QueryField}s, so each front end names them its own way: the CLI's message (this
 * exception's, English) speaks of {@code --from, --protocol, --ports}, the app of its form fields in
 * the UI's language ({@link #render}). An {@link IllegalStateException}, as the CLI commands expect.
 */
public final class TooManyCellsException extends IllegalStateException {

    private static final List<QueryField> FIELDS = List.of(QueryField.FROM, QueryField.PROTOCOL, QueryField.PORT);

    private final int max;
    private final String source;
    private final String target;

    public TooManyCellsException(int max, Object source, Object target) {
        super(text(max, String.valueOf(source), String.valueOf(target), TooManyCellsException::flag).toString());
        this.max = max;
        this.source = String.valueOf(source);
        this.target = String.valueOf(target);
    }

    /** The fields the question is narrowed by, in the order the message names them. */
    public List<QueryField> fields() {
        return FIELDS;
    }

    /**
     * The message in {@code locale}'s language, each field named by {@code name}; a field the form
     * does not have ({@code name} answers null) is left out, a name two fields share said once.
     */
    public String render(Function<QueryField, String> name, Locale locale) {
        return text(max, source, target, name).format(locale);
    }

    private static Text text(int max, String source, String target, Function<QueryField, String> name) {
        List<String> names = FIELDS.stream().map(name).filter(Objects::nonNull).distinct().toList();
        return Text.of("reach.tooManyCells", max, source, target, names);
    }

    /** The reach commands' options ({@code exposure}, {@code matrix}, {@code check}). */
    private static String flag(QueryField f) {
        return switch (f) {
            case FROM -> "--from";
            case PROTOCOL -> "--protocol";
            case PORT -> "--ports";
            default -> "--" + f.name().toLowerCase(Locale.ROOT).replace('_', '-');
        };
    }
}
