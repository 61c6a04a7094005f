package io.hopscope.ui.inspector.transit;

import io.hopscope.edit.CheckedEdit;
import io.hopscope.edit.Edit;
import io.hopscope.edit.EditRefusal;
import io.hopscope.edit.fresh.FreshIds;
import io.hopscope.edit.transit.AddStaticRouteEdit;
import io.hopscope.edit.transit.AddTransitRouteTableEdit;
import io.hopscope.edit.transit.DetachAttachmentEdit;
import io.hopscope.edit.transit.SetGroupReferencingEdit;
import io.hopscope.edit.transit.RemoveStaticRouteEdit;
import io.hopscope.edit.transit.SetAssociationEdit;
import io.hopscope.edit.transit.SetPropagationEdit;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.TransitGatewayRouteTable;
import io.hopscope.model.net.Cidr;
import io.hopscope.ui.common.DiagramDocument;
import io.hopscope.ui.inspector.transit.TransitRows.Membership;
import io.hopscope.ui.inspector.transit.TransitRows.Pick;
import io.hopscope.ui.inspector.transit.TransitRows.StaticRoute;
import io.hopscope.ui.inspector.transit.TransitRows.Zone;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A transit gateway in the inspector: its attachments (and attaching another VPC), and its route
 * tables — which attachments each is associated with, which propagate into it, its static and
 * blackhole routes [TGWRT]. Every change is one undoable edit, tried first: invalid input (a bad
 * CIDR, no attachment picked) or a refused edit changes nothing and {@link #errorProperty()} says why.
 */
public final class TransitGatewayViewModel {

    private final DiagramDocument document;
    private final ResourceBundle messages;
    private final String gatewayId;
    private final ObservableList<TransitRows.Attachment> attachments = FXCollections.observableArrayList();
    private final ObservableList<Pick> tables = FXCollections.observableArrayList();
    private final ObjectProperty<Pick> selectedTable = new SimpleObjectProperty<>(this, "selectedTable");
    private final ObservableList<Membership> memberships = FXCollections.observableArrayList();
    private final ObservableList<StaticRoute> staticRoutes = FXCollections.observableArrayList();
    private final BooleanProperty gatewayReferencing = new SimpleBooleanProperty(this, "gatewayReferencing");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final InvalidationListener onChange = obs -> refresh();

    /** {@code tableId}: the table to show first (a selected TGW route table), or null for the gateway's first. */
    public TransitGatewayViewModel(DiagramDocument document, ResourceBundle messages, String gatewayId, String tableId) {
        this.document = document;
        this.messages = messages;
        this.gatewayId = gatewayId;
        document.diagramProperty().addListener(onChange);
        selectedTable.addListener((obs, old, now) -> loadTable());
        refresh();
        tables.stream().filter(t -> t.id().equals(tableId)).findFirst().ifPresent(selectedTable::set);
    }

    public String gatewayId() {
        return gatewayId;
    }

    public void dispose() {
        document.diagramProperty().removeListener(onChange);
    }

    public ObservableList<TransitRows.Attachment> getAttachments() {
        return attachments;
    }

    public ObservableList<Pick> getTables() {
        return tables;
    }

    public ObjectProperty<Pick> selectedTableProperty() {
        return selectedTable;
    }

    public ObservableList<Membership> getMemberships() {
        return memberships;
    }

    public ObservableList<StaticRoute> getStaticRoutes() {
        return staticRoutes;
    }

    /** The gateway's security group referencing, as the model has it (change it with {@link #setGroupReferencing}). */
    public BooleanProperty gatewayReferencingProperty() {
        return gatewayReferencing;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    private NetworkModel model() {
        return document.getDiagram().model();
    }

    /** Reloads everything from the model (after an edit, undo or redo), keeping the chosen table when it still exists. */
    public void refresh() {
        NetworkModel m = model();
        List<TransitRows.Attachment> rows = TransitRows.attachments(m, gatewayId, text("transit.table.none"));
        attachments.setAll(rows);
        m.transitGateways().stream().filter(g -> g.id().equals(gatewayId)).findFirst()
                .ifPresent(g -> gatewayReferencing.set(g.securityGroupReferencing()));
        String chosen = selectedTable.get() == null ? null : selectedTable.get().id();
        List<Pick> picks = m.transitRouteTables().stream().filter(t -> gatewayId.equals(t.transitGatewayId()))
                .map(t -> new Pick(t.id(), t.label())).toList();
        tables.setAll(picks);
        Pick keep = picks.stream().filter(p -> p.id().equals(chosen)).findFirst()
                .orElse(picks.isEmpty() ? null : picks.get(0));
        if (java.util.Objects.equals(keep, selectedTable.get())) {
            loadTable();
        } else {
            selectedTable.set(keep);
        }
    }

    private void loadTable() {
        NetworkModel m = model();
        TransitGatewayRouteTable t = table(m);
        memberships.setAll(t == null ? List.of() : TransitRows.memberships(m, gatewayId, t));
        staticRoutes.setAll(t == null ? List.of() : TransitRows.staticRoutes(m, t, text("transit.route.blackhole")));
    }

    private TransitGatewayRouteTable table(NetworkModel m) {
        Pick p = selectedTable.get();
        return p == null ? null : m.transitRouteTables().stream().filter(t -> t.id().equals(p.id())).findFirst().orElse(null);
    }

    /** The attachments a static route may point to, after "blackhole". */
    public List<Pick> routeTargets() {
        List<Pick> out = new ArrayList<>();
        out.add(new Pick(null, text("transit.route.blackhole")));
        attachments.forEach(a -> out.add(new Pick(a.id(), a.label())));
        return out;
    }

    /** The VPCs not yet attached to this gateway. */
    public List<Pick> attachableVpcs() {
        NetworkModel m = model();
        return m.vpcs().stream().filter(v -> TransitAttachChoices.attachment(m, gatewayId, v.id()) == null)
                .map(v -> new Pick(v.id(), v.label())).toList();
    }

    /** A VPC's subnets by Availability Zone, for one pick per zone [TGWVPC]. */
    public List<Zone> zonesOf(String vpcId) {
        return TransitAttachChoices.zonesOf(model(), vpcId);
    }

    /** Attaches a VPC through the picked subnets (null entries: that zone left out), into the chosen table. */
    public boolean attach(Pick vpc, List<Pick> subnets) {
        return perform(() -> {
            if (vpc == null) {
                throw new IllegalArgumentException(text("transit.error.noVpc"));
            }
            List<String> ids = subnets.stream().filter(java.util.Objects::nonNull).map(Pick::id).toList();
            if (ids.isEmpty()) {
                throw new IllegalArgumentException(text("transit.error.noSubnet"));
            }
            Pick t = selectedTable.get();
            return TransitAttachChoices.attach(model(), gatewayId, vpc.id(), ids, t == null ? null : t.id());
        });
    }

    /** Deletes an attachment: its association and propagations go, static routes to it become blackholes. */
    public boolean detach(String attachmentId) {
        return perform(() -> {
            if (attachmentId == null) {
                throw new IllegalArgumentException(text("transit.error.noDetach"));
            }
            return new DetachAttachmentEdit(attachmentId(attachmentId));
        });
    }

    /** Security group referencing on the gateway (attachmentId null) or on one VPC attachment [TGWSGR]. */
    public boolean setGroupReferencing(String attachmentId, boolean on) {
        return perform(() -> new SetGroupReferencingEdit(attachmentId == null ? gatewayId : attachmentId(attachmentId), on));
    }

    public boolean addTable(String name) {
        return perform(() -> new AddTransitRouteTableEdit(FreshIds.next(model(), "tgw-rtb-"),
                name == null ? "" : name.strip(), gatewayId));
    }

    /** Associates the attachment with the chosen table, or takes that association away. */
    public boolean setAssociated(String attachmentId, boolean associated) {
        return perform(() -> new SetAssociationEdit(attachmentId(attachmentId), associated ? chosenTable() : null));
    }

    public boolean setPropagates(String attachmentId, boolean propagates) {
        return perform(() -> new SetPropagationEdit(chosenTable(), attachmentId(attachmentId), propagates));
    }

    /** A static route to {@code target} (an attachment, or the blackhole pick). */
    public boolean addStaticRoute(String destination, Pick target) {
        return perform(() -> {
            String table = chosenTable();
            Cidr cidr = cidr(destination);
            if (target == null) {
                throw new IllegalArgumentException(text("transit.error.noTarget"));
            }
            String attachment = target.id() == null ? null : attachmentId(target.id());
            return new AddStaticRouteEdit(table, new TransitGatewayRouteTable.StaticRoute(cidr, attachment, attachment == null));
        });
    }

    public boolean removeStaticRoute(int row) {
        return perform(() -> {
            if (row < 0 || row >= staticRoutes.size()) {
                throw new IllegalArgumentException(text("transit.error.noRow"));
            }
            return new RemoveStaticRouteEdit(chosenTable(), Cidr.parse(staticRoutes.get(row).destination()));
        });
    }

    private String chosenTable() {
        if (table(model()) == null) {
            throw new IllegalArgumentException(text("transit.error.noTable"));
        }
        return selectedTable.get().id();
    }

    private String attachmentId(String id) {
        if (id == null || model().transitAttachments().stream().noneMatch(a -> a.id().equals(id))) {
            throw new IllegalArgumentException(MessageFormat.format(text("transit.error.noAttachment"), id));
        }
        return id;
    }

    private Cidr cidr(String text) {
        try {
            return Cidr.parse(text == null ? "" : text.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(MessageFormat.format(text("transit.error.cidr"), text == null ? "" : text.strip()));
        }
    }

    private boolean perform(Supplier<Edit> build) {
        Edit edit;
        try {
            edit = build.get();
        } catch (IllegalArgumentException | IllegalStateException e) {
            error.set(EditRefusal.message(e, messages.getLocale()));
            return false;
        }
        CheckedEdit checked = document.check(edit);
        if (checked.isRefused()) {
            error.set(checked.refusal(messages.getLocale()).get());
            return false;
        }
        error.set("");
        document.perform(checked);
        return true;
    }

    private String text(String key) {
        return messages.getString(key);
    }
}
