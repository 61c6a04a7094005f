package io.hopscope.edit.create;

import io.hopscope.edit.Edit;
import io.hopscope.text.Text;

import java.util.Locale;
import java.util.Optional;

/**
 * The answer to a drop: the edit that creates the resource, or why the drop is refused ({@code refusal}
 * in English for the command line and tests, {@code refusalText} for the status bar's language).
 */
public record CreatePlan(Edit edit, String newId, String refusal, Text refusalText) {

    public CreatePlan {
        if (refusalText == null && refusal != null) {
            refusalText = Text.literal(refusal);
        }
    }

    public static CreatePlan of(Edit edit, String newId) {
        return new CreatePlan(edit, newId, null, null);
    }

    public static CreatePlan refused(String reason) {
        return new CreatePlan(null, null, reason, null);
    }

    public static CreatePlan refused(Text reason) {
        return new CreatePlan(null, null, reason.toString(), reason);
    }

    /** Why the drop is refused in {@code locale}'s language; null when it is not refused. */
    public String refusal(Locale locale) {
        return refusalText == null ? null : refusalText.format(locale);
    }

    public boolean isRefused() {
        return refusal != null;
    }

    public Optional<Edit> editIfAccepted() {
        return Optional.ofNullable(edit);
    }
}
