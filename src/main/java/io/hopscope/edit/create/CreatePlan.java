package io.hopscope.edit.create;

import io.hopscope.edit.Edit;

import java.util.Optional;

/** The answer to a drop: the edit that creates the resource, or why the drop is refused. */
public record CreatePlan(Edit edit, String newId, String refusal) {

    public static CreatePlan of(Edit edit, String newId) {
        return new CreatePlan(edit, newId, null);
    }

    public static CreatePlan refused(String reason) {
        return new CreatePlan(null, null, reason);
    }

    public boolean isRefused() {
        return refusal != null;
    }

    public Optional<Edit> editIfAccepted() {
        return Optional.ofNullable(edit);
    }
}
