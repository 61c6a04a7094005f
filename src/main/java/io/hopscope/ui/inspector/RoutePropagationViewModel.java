package io.hopscope.ui.inspector;

import io.hopscope.edit.hybrid.RoutePropagation;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.RouteTable;
import io.hopscope.model.VpnGateway;
import io.hopscope.ui.common.DiagramDocument;
import java.text.MessageFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Route propagation of one route table, the inspector's "Route propagation" tab [VGWPROP]: one on/off field per virtual private
 * gateway attached to the table's VPC (and any the table still lists). Switching one is one undo
 * step that also adds or withdraws the gateway's propagated routes ({@link RoutePropagation}).
 * {@code hint} says why there is nothing to switch when the VPC has no gateway.
 */
public final class RoutePropagationViewModel {

    private final DiagramDocument document;
    private final ResourceBundle messages;
    private final ObservableList<PropertyField> toggles = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper(this, "hint", "");
    private final String tableId;
    private final javafx.beans.value.ChangeListener<Object> onDiagram = (obs, old, now) -> rebuild();

    public RoutePropagationViewModel(DiagramDocument document, ResourceBundle messages, String tableId) {
        this.document = document;
        this.messages = messages;
        this.tableId = tableId;
        document.diagramProperty().addListener(onDiagram);
        rebuild();
    }

    /** Stops following the document (the tab went away). */
    public void dispose() {
        document.diagramProperty().removeListener(onDiagram);
    }

    private void rebuild() {
        NetworkModel m = document.getDiagram().model();
        RouteTable t = m.routeTable(tableId);
        if (t == null) {
            toggles.clear();
            hint.set("");
            return;
        }
        Set<String> vgws = new LinkedHashSet<>();
        m.vpnGateways().stream().filter(g -> t.vpcId().equals(g.vpcId())).forEach(g -> vgws.add(g.id()));
        vgws.addAll(t.propagatingVgwIds());
        toggles.setAll(vgws.stream().map(id -> toggle(m, t, id)).toList());
        hint.set(vgws.isEmpty() ? messages.getString("hybrid.propagation.noGateway") : "");
    }

    private PropertyField toggle(NetworkModel m, RouteTable t, String vgwId) {
        VpnGateway g = m.get(vgwId, VpnGateway.class);
        String label = MessageFormat.format(messages.getString("hybrid.propagation.from"), g == null ? vgwId : g.label());
        return new PropertyField("propagate-" + vgwId, label, FieldKind.FLAG,
                Boolean.toString(t.propagatingVgwIds().contains(vgwId)), List.of(),
                value -> RoutePropagation.toggle(document.getDiagram().model(), t.id(), vgwId, Boolean.parseBoolean(value)),
                document, messages.getLocale());
    }

    public ObservableList<PropertyField> getToggles() {
        return toggles;
    }

    public PropertyField toggle(String vgwId) {
        return toggles.stream().filter(f -> Objects.equals(f.key(), "propagate-" + vgwId)).findFirst().orElse(null);
    }

    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }
}
