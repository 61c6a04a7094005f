package io.hopscope.ui.inspector;

import io.hopscope.edit.CheckedEdit;
import io.hopscope.edit.Edit;
import io.hopscope.ui.common.DiagramDocument;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One row of the properties panel: a label, the text being typed, and the message that text earns.
 * The text is checked as it changes (parse, then a trial run of the edit against the model rules);
 * {@link #commit()} performs the edit only when the text is valid and differs from the model.
 */
public final class PropertyField {

    private final String key;
    private final String label;
    private final FieldKind kind;
    private final String original;
    private final List<Choice> choices;
    private final Function<String, Edit> toEdit;
    private final DiagramDocument document;
    /** The UI's language: a refusal (a model rule's finding, a keyed edit refusal) is shown in it. */
    private final java.util.Locale locale;
    private final StringProperty text = new SimpleStringProperty(this, "text");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    /** Set once the field's edit is performed: the panel rebuilds, and a late focus-out must not edit twice. */
    private boolean performed;
    /** The last text checked and what the check found: the commit reuses it rather than trying again. */
    private String checkedText;
    private CheckedEdit checked;

    PropertyField(String key, String label, FieldKind kind, String original, List<Choice> choices,
                  Function<String, Edit> toEdit, DiagramDocument document, java.util.Locale locale) {
        this.locale = locale;
        this.key = key;
        this.label = label;
        this.kind = toEdit == null ? FieldKind.READ_ONLY : kind;
        this.original = original == null ? "" : original;
        this.choices = List.copyOf(choices);
        this.toEdit = toEdit;
        this.document = document;
        text.set(this.original);
        text.addListener((obs, old, now) -> error.set(check(now).orElse("")));
    }

    /** A stable key naming the field ("cidr", "name"): tests and the view's node ids use it. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public FieldKind kind() {
        return kind;
    }

    public List<Choice> choices() {
        return choices;
    }

    public StringProperty textProperty() {
        return text;
    }

    /** Empty when the text is valid, else why not. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public String getError() {
        return error.get();
    }

    private Optional<String> check(String value) {
        checkedText = null;
        checked = null;
        if (toEdit == null || value.equals(original)) {
            return Optional.empty();
        }
        Edit edit;
        try {
            edit = toEdit.apply(value);
        } catch (IllegalArgumentException | IllegalStateException e) {
            return Optional.of(io.hopscope.edit.EditRefusal.message(e, locale));
        }
        checkedText = value;
        checked = document.check(edit);
        return checked.refusal(locale);
    }

    /** Performs the field's edit if the text is valid and changed; true when the model changed. */
    public boolean commit() {
        String value = text.get();
        if (toEdit == null || performed || value.equals(original)) {
            return false;
        }
        // The check made while typing is reused when nothing changed since: one apply, one validation.
        boolean fresh = value.equals(checkedText) && checked != null && checked.before() == document.getDiagram();
        Optional<String> refusal = fresh ? checked.refusal(locale) : check(value);
        if (refusal.isPresent() || checked == null) {
            error.set(refusal.orElse(""));
            return false;
        }
        performed = true;
        document.perform(checked);
        return true;
    }

    /** For a {@link FieldKind#CHECKS} field: the values ticked now, the text's comma-separated items. */
    public List<String> checkedValues() {
        return java.util.Arrays.stream(text.get().split(",")).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    /** Ticks exactly {@code values} (written in the choices' order) and commits; true when the model changed. */
    public boolean commitChecked(java.util.Collection<String> values) {
        text.set(String.join(", ", choices.stream().map(Choice::value).filter(values::contains).toList()));
        return commit();
    }

    /** Puts the model's value back (Esc). */
    public void revert() {
        text.set(original);
    }
}
