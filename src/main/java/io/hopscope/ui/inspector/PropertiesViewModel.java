package io.hopscope.ui.inspector;

import io.hopscope.model.Resource;
import io.hopscope.ui.common.DiagramDocument;
import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.SetChangeListener;

/**
 * The properties of the selection: one field list, rebuilt when the selection or the diagram
 * changes. One selected resource shows all its fields; several show the fields they share; none
 * shows the diagram's title and description.
 */
public final class PropertiesViewModel {

    private final DiagramDocument document;
    private final ResourceBundle messages;
    private final ObservableList<PropertyField> fields = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");

    public PropertiesViewModel(DiagramDocument document, ResourceBundle messages) {
        this.document = document;
        this.messages = messages;
        document.getSelection().addListener((SetChangeListener<String>) c -> rebuild());
        document.diagramProperty().addListener((obs, old, now) -> rebuild());
        rebuild();
    }

    /** The selected resources that exist in the model, in model order. */
    public List<Resource> selectedResources() {
        return document.getDiagram().model().allResources().stream()
                .filter(r -> document.getSelection().contains(r.id())).toList();
    }

    private void rebuild() {
        List<Resource> selected = selectedResources();
        ResourceFields builder = new ResourceFields(document, messages);
        if (selected.isEmpty()) {
            heading.set(messages.getString("inspector.nothingSelected"));
            fields.setAll(builder.forDiagram(document.getDiagram()));
        } else if (selected.size() == 1) {
            heading.set(selected.get(0).label());
            fields.setAll(builder.forOne(selected.get(0)));
        } else {
            heading.set(java.text.MessageFormat.format(messages.getString("inspector.selectedCount"), selected.size()));
            fields.setAll(builder.forSeveral(selected));
        }
    }

    public ObservableList<PropertyField> getFields() {
        return fields;
    }

    public PropertyField field(String key) {
        return fields.stream().filter(f -> Objects.equals(f.key(), key)).findFirst().orElse(null);
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }
}
