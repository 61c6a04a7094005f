package io.hopscope.edit;

import io.hopscope.text.Text;
import java.util.Locale;

/**
 * Why an edit does not apply, as a key of the engine's bundle: the inspector shows it under the
 * field in the UI's language, while {@link #getMessage()} (the CLI, logs, tests) stays English.
 * An {@link IllegalStateException}, so every caller that already catches refusals still does.
 */
public final class EditRefusal extends IllegalStateException {

    private final transient Text text;

    public EditRefusal(Text text) {
        super(text.toString());
        this.text = text;
    }

    public Text text() {
        return text;
    }

    /** Why {@code e} refused, in {@code locale}'s language when it is a keyed refusal, else its message. */
    public static String message(RuntimeException e, Locale locale) {
        return e instanceof EditRefusal r ? r.text().format(locale) : String.valueOf(e.getMessage());
    }
}
