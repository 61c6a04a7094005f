package io.hopscope.edit;

import io.hopscope.check.Problem;
import io.hopscope.diagram.Diagram;
import io.hopscope.model.NetworkModel;
import java.util.HashSet;
import io.hopscope.text.Text;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * An edit tried on one diagram: the diagram it makes, that diagram's model problems, and the reason
 * to refuse it, if any. The inspector previews every change this way while the user types; the
 * commit then hands this value to {@link EditHistory#perform(CheckedEdit)}, so the edit is applied
 * once and the model validated once, however many views show the result.
 *
 * @param after    the diagram after the edit; null when the edit itself refused (threw)
 * @param problems the model problems of {@code after} (empty when refused by the edit itself)
 * @param refusal  the edit's own message, or the first error the model rules find that the
 *                 diagram before did not have (an overlap is reported on the later subnet, which
 *                 need not be the edited one, so every new error counts)
 */
public record CheckedEdit(Edit edit, Diagram before, Diagram after, List<Problem> problems, Optional<String> refusal,
                          Text refusalText) {

    public CheckedEdit {
        problems = List.copyOf(problems);
        if (refusalText == null && refusal.isPresent()) {
            refusalText = Text.literal(refusal.get());
        }
    }

    public CheckedEdit(Edit edit, Diagram before, Diagram after, List<Problem> problems, Optional<String> refusal) {
        this(edit, before, after, problems, refusal, null);
    }

    /** The refusal in {@code locale}'s language (a model rule's finding or a keyed {@link EditRefusal}). */
    public Optional<String> refusal(Locale locale) {
        return refusal.map(r -> refusalText.format(locale));
    }

    /**
     * Applies {@code edit} to {@code before} and validates the result with {@code validator}.
     * {@code problemsBefore} are the known problems of {@code before} (a document keeps them), so
     * the diagram before is not validated again; an edit that keeps the model (a move) is not
     * validated at all.
     */
    public static CheckedEdit tryOn(Diagram before, List<Problem> problemsBefore, Edit edit,
                                    Function<NetworkModel, List<Problem>> validator) {
        Diagram after;
        try {
            after = edit.apply(before);
        } catch (IllegalStateException | IllegalArgumentException e) {
            return new CheckedEdit(edit, before, null, List.of(), Optional.of(String.valueOf(e.getMessage())),
                    EditRefusal.textOf(e));
        }
        if (after.model() == before.model()) {
            return new CheckedEdit(edit, before, after, problemsBefore, Optional.empty());
        }
        List<Problem> now = validator.apply(after.model());
        Set<String> errorsBefore = new HashSet<>();
        for (Problem p : problemsBefore) {
            if (p.isError()) {
                errorsBefore.add(p.message());
            }
        }
        Optional<Problem> first = now.stream()
                .filter(p -> p.isError() && !errorsBefore.contains(p.message())).findFirst();
        return new CheckedEdit(edit, before, after, now, first.map(Problem::message),
                first.map(Problem::messageText).orElse(null));
    }

    public boolean isRefused() {
        return refusal.isPresent();
    }
}
