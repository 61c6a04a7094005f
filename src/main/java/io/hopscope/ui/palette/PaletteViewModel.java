package io.hopscope.ui.palette;

import io.hopscope.edit.create.NewResourceKind;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * What the palette offers, grouped as people think of an AWS network: the network itself, the
 * workloads in it, and what lies outside. Tracks the item being dragged, so the view can show it.
 */
public final class PaletteViewModel {

    /** One titled group of palette items. */
    public record Group(String title, List<Item> items) {
    }

    /** One palette item: what it creates, its label and icon. */
    public record Item(NewResourceKind kind, String label, String icon, String tooltip) {
    }

    private final List<Group> groups;
    private final ReadOnlyObjectWrapper<Item> dragging = new ReadOnlyObjectWrapper<>(this, "dragging");

    public PaletteViewModel(ResourceBundle messages) {
        groups = List.of(
                group(messages, "palette.group.network", NewResourceKind.VPC, NewResourceKind.SUBNET,
                        NewResourceKind.ROUTE_TABLE, NewResourceKind.NETWORK_ACL, NewResourceKind.SECURITY_GROUP,
                        NewResourceKind.INTERNET_GATEWAY, NewResourceKind.EGRESS_ONLY_INTERNET_GATEWAY,
                        NewResourceKind.NAT_GATEWAY, NewResourceKind.GATEWAY_ENDPOINT,
                        NewResourceKind.INTERFACE_ENDPOINT, NewResourceKind.PEERING,
                        NewResourceKind.TRANSIT_GATEWAY),
                group(messages, "palette.group.workloads", NewResourceKind.EC2, NewResourceKind.RDS,
                        NewResourceKind.LAMBDA, NewResourceKind.APPLICATION_LOAD_BALANCER,
                        NewResourceKind.NETWORK_LOAD_BALANCER, NewResourceKind.BASTION),
                group(messages, "palette.group.outside", NewResourceKind.INTERNET, NewResourceKind.AWS_SERVICE,
                        NewResourceKind.ON_PREMISES),
                group(messages, "palette.group.hybrid", NewResourceKind.VPN_GATEWAY, NewResourceKind.CUSTOMER_GATEWAY,
                        NewResourceKind.VPN_CONNECTION, NewResourceKind.DIRECT_CONNECT_GATEWAY));
    }

    private static Group group(ResourceBundle messages, String titleKey, NewResourceKind... kinds) {
        List<Item> items = java.util.Arrays.stream(kinds).map(k -> {
            String key = "palette." + k.name().toLowerCase(Locale.ROOT).replace('_', '-');
            return new Item(k, messages.getString(key), k.icon(), messages.getString(key + ".tip"));
        }).toList();
        return new Group(messages.getString(titleKey), items);
    }

    public List<Group> groups() {
        return groups;
    }

    public List<Item> items() {
        return groups.stream().flatMap(g -> g.items().stream()).toList();
    }

    public Item item(NewResourceKind kind) {
        return items().stream().filter(i -> i.kind() == kind).findFirst().orElseThrow();
    }

    public ReadOnlyObjectProperty<Item> draggingProperty() {
        return dragging.getReadOnlyProperty();
    }

    public void startDrag(Item item) {
        dragging.set(item);
    }

    /** Ends the drag and returns what was being dragged, if anything. */
    public Item endDrag() {
        Item item = dragging.get();
        dragging.set(null);
        return item;
    }
}
