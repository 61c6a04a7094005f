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
import javafx.collections.SetChangeListener;

/**
 * Route propagation of the selected route table [VGWPROP]: one on/off field per virtual private
 * gateway attached to the table's VPC (and any the table still lists). Switching one is one undo
 * step that also adds or withdraws the gateway's propagated routes ({@link RoutePropagation}).
 * {@code hint} says why there is nothing to switch when the VPC has no gateway.
 */
public final class RoutePropagationViewModel {

    private final DiagramDocument document;
    private final ResourceBundle messages;
    private final ObservableList<PropertyField> toggles = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper(this, "hint", "");
    private final ReadOnlyStringWrapper tableId = new ReadOnlyStringWrapper(this, "tableId");

    public RoutePropagationViewModel(DiagramDocument document, ResourceBundle messages) {
        this.document = document;
        this.messages = messages;
        document.getSelection().addListener((SetChangeListener<String>) c -> rebuild());
        document.diagramProperty().addListener((obs, old, now) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        NetworkModel m = document.getDiagram().model();
        RouteTable t = document.getSelection().size() == 1
                ? m.routeTable(document.getSelection().iterator().next()) : null;
        tableId.set(t == null ? null : t.id());
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
                document);
    }

    public ObservableList<PropertyField> getToggles() {
        return toggles;
    }

    public PropertyField toggle(String vgwId) {
        return toggles.stream().filter(f -> Objects.equals(f.key(), "propagate-" + vgwId)).findFirst().orElse(null);
    }

    /** Set when a route table is shown, else null: the view hides itself then. */
    public ReadOnlyStringProperty tableIdProperty() {
        return tableId.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }
}
