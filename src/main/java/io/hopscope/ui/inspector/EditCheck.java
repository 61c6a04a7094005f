package io.hopscope.ui.inspector;

import io.hopscope.check.ModelValidator;
import io.hopscope.check.Problem;
import io.hopscope.diagram.Diagram;
import io.hopscope.edit.Edit;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Tries an edit on the current diagram without performing it and says what would go wrong: the
 * edit's own refusal, or an error the model rules ({@link ModelValidator}, the same ones the file
 * loader runs) find that was not there before (an overlap is reported on the later subnet, which
 * need not be the edited one, so every new error counts). So a field shows
 * "subnet db-a 10.1.0.0/24 is outside its VPC shop (10.0.0.0/16)" before anything is committed.
 */
final class EditCheck {

    private EditCheck() {
    }

    /** The first reason the edit should be refused, or empty when it may be performed. */
    static Optional<String> refusal(Diagram current, Edit edit) {
        Diagram after;
        try {
            after = edit.apply(current);
        } catch (IllegalStateException | IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
        Set<String> before = new HashSet<>();
        for (Problem p : ModelValidator.validate(current.model())) {
            if (p.isError()) {
                before.add(p.message());
            }
        }
        List<Problem> now = ModelValidator.validate(after.model());
        for (Problem p : now) {
            if (p.isError() && !before.contains(p.message())) {
                return Optional.of(p.message());
            }
        }
        return Optional.empty();
    }
}
