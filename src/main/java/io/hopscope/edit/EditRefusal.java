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

    /** A shorthand for {@code new EditRefusal(Text.of(key, args))}. */
    public static EditRefusal of(String key, Object... args) {
        return new EditRefusal(Text.of(key, args));
    }

    /** A refused input (a bad value rather than a changed diagram), keyed the same way. */
    public static Invalid invalid(String key, Object... args) {
        return new Invalid(Text.of(key, args));
    }

    /** The sentence "{what} {id} no longer exists" (after an undo elsewhere); {@code what} names a kind. */
    public static EditRefusal gone(String what, String id) {
        return of("edit.refusal.gone", Text.of("edit.what." + what.replace(' ', '_')), id);
    }

    /** The keyed text of a refusal of either kind, or null for any other exception. */
    public static Text textOf(RuntimeException e) {
        return e instanceof EditRefusal r ? r.text() : e instanceof Invalid i ? i.text() : null;
    }

    /** Why {@code e} refused, in {@code locale}'s language when it is a keyed refusal, else its message. */
    public static String message(RuntimeException e, Locale locale) {
        Text t = textOf(e);
        if (t == null && e instanceof IllegalArgumentException) {
            // A value class's own refusal ("'10.0.300.0/24' is not a valid CIDR block") typed into a field.
            t = ModelValueRefusals.textOf(e.getMessage());
        }
        return t != null ? t.format(locale) : String.valueOf(e.getMessage());
    }

    /**
     * A refusal of the input, an {@link IllegalArgumentException} so callers that tell a bad value
     * from a changed diagram still can; its message is English like {@link EditRefusal}'s.
     */
    public static final class Invalid extends IllegalArgumentException {

        private final transient Text text;

        public Invalid(Text text) {
            super(text.toString());
            this.text = text;
        }

        public Text text() {
            return text;
        }
    }
}
