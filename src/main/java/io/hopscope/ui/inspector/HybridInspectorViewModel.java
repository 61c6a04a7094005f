package io.hopscope.ui.inspector;

import io.hopscope.model.CustomerGateway;
import io.hopscope.model.DirectConnectGateway;
import io.hopscope.model.Resource;
import io.hopscope.model.VpnConnection;
import io.hopscope.model.VpnGateway;
import io.hopscope.ui.common.DiagramDocument;
import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The inspector's tab for one virtual private gateway, customer gateway (on-premises network), VPN
 * connection or Direct Connect gateway: a title naming what it is and the fields {@link HybridFields}
 * builds, rebuilt when the diagram changes (an edit, an undo). Empty once the resource is gone.
 */
public final class HybridInspectorViewModel {

    private final DiagramDocument document;
    private final ResourceBundle messages;
    private final ObservableList<PropertyField> fields = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final String resourceId;
    private final javafx.beans.value.ChangeListener<Object> onDiagram = (obs, old, now) -> rebuild();

    public HybridInspectorViewModel(DiagramDocument document, ResourceBundle messages, String resourceId) {
        this.document = document;
        this.messages = messages;
        this.resourceId = resourceId;
        document.diagramProperty().addListener(onDiagram);
        rebuild();
    }

    /** Stops following the document (the tab went away). */
    public void dispose() {
        document.diagramProperty().removeListener(onDiagram);
    }

    private void rebuild() {
        Resource one = selected();
        String key = one instanceof VpnGateway ? "hybrid.title.vpnGateway"
                : one instanceof CustomerGateway ? "hybrid.title.customerGateway"
                : one instanceof VpnConnection ? "hybrid.title.vpnConnection"
                : one instanceof DirectConnectGateway ? "hybrid.title.directConnect" : null;
        title.set(key == null ? "" : messages.getString(key));
        fields.setAll(key == null ? List.of() : new HybridFields(document, messages).of(one));
    }

    private Resource selected() {
        return document.getDiagram().model().find(resourceId).orElse(null);
    }

    public ObservableList<PropertyField> getFields() {
        return fields;
    }

    public PropertyField field(String key) {
        return fields.stream().filter(f -> Objects.equals(f.key(), key)).findFirst().orElse(null);
    }

    /** What the section is about ("VPN connection"), empty when it shows nothing. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }
}
