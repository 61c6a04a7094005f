package io.hopscope.ui.inspector.transit;

import io.hopscope.edit.Edit;
import io.hopscope.edit.fresh.FreshIds;
import io.hopscope.edit.transit.AttachVpcEdit;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Subnet;
import io.hopscope.model.TransitGatewayAttachment;
import io.hopscope.model.TransitGatewayRouteTable;
import io.hopscope.ui.inspector.transit.TransitRows.Pick;
import io.hopscope.ui.inspector.transit.TransitRows.Zone;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What attaching a VPC to a transit gateway, or detaching it, can choose from; shared by the
 * transit gateway tab and the canvas's context menu of a VPC. Toolkit-free.
 */
public final class TransitAttachChoices {

    private TransitAttachChoices() {
    }

    /** A VPC's subnets by Availability Zone, for one pick per zone, the first of each zone the default [TGWVPC]. */
    public static List<Zone> zonesOf(NetworkModel m, String vpcId) {
        Map<String, List<Pick>> byZone = new TreeMap<>();
        for (Subnet s : m.subnetsOf(vpcId)) {
            byZone.computeIfAbsent(s.availabilityZone(), k -> new ArrayList<>()).add(new Pick(s.id(), s.label()));
        }
        return byZone.entrySet().stream().map(e -> new Zone(e.getKey(), e.getValue())).toList();
    }

    /** The transit gateways {@code vpcId} is not attached to yet. */
    public static List<Pick> gatewaysToAttach(NetworkModel m, String vpcId) {
        return m.transitGateways().stream().filter(g -> attachment(m, g.id(), vpcId) == null)
                .map(g -> new Pick(g.id(), g.label())).toList();
    }

    /** The VPC's attachments, each picked by its id and labelled with the gateway it joins. */
    public static List<Pick> attachmentsOf(NetworkModel m, String vpcId) {
        return m.transitAttachments().stream().filter(a -> a.type() == TransitGatewayAttachment.Type.VPC
                        && vpcId.equals(a.resourceId()))
                .map(a -> new Pick(a.id(), m.find(a.transitGatewayId()).map(g -> g.label()).orElse(a.transitGatewayId())))
                .toList();
    }

    static TransitGatewayAttachment attachment(NetworkModel m, String gatewayId, String vpcId) {
        return m.transitAttachments().stream().filter(a -> gatewayId.equals(a.transitGatewayId())
                && a.type() == TransitGatewayAttachment.Type.VPC && vpcId.equals(a.resourceId())).findFirst().orElse(null);
    }

    /**
     * Attaches through {@code subnetIds} (one per zone) and, as a gateway with default association
     * and propagation does, associates with and propagates into {@code tableId}, or the gateway's
     * first table when null [TGWRT].
     */
    public static Edit attach(NetworkModel m, String gatewayId, String vpcId, List<String> subnetIds, String tableId) {
        String table = tableId != null ? tableId : m.transitRouteTables().stream()
                .filter(t -> gatewayId.equals(t.transitGatewayId())).map(TransitGatewayRouteTable::id).findFirst().orElse(null);
        return new AttachVpcEdit(FreshIds.next(m, "tgw-attach-"), "", gatewayId, vpcId, subnetIds, table);
    }
}
