package io.hopscope.edit.transit;

import io.hopscope.edit.EditRefusal;
import io.hopscope.text.Text;
import io.hopscope.diagram.Diagram;
import io.hopscope.edit.Edit;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Subnet;
import io.hopscope.model.TransitGatewayAttachment;
import io.hopscope.model.TransitGatewayRouteTable;
import io.hopscope.model.Vpc;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Attaches a VPC to a transit gateway through one subnet per Availability Zone [TGWVPC], and, like
 * a gateway with default association and propagation, associates the attachment with
 * {@code routeTableId} and propagates the VPC's CIDRs into it (null: neither) [TGWRT].
 */
public record AttachVpcEdit(String attachmentId, String name, String transitGatewayId, String vpcId,
                            List<String> subnetIds, String routeTableId) implements Edit {

    public AttachVpcEdit {
        subnetIds = List.copyOf(subnetIds);
        name = name == null ? "" : name;
    }

    @Override
    public String description() {
        return text().toString();
    }

    @Override
    public Text text() {
        return Text.of("edit.attach", vpcId, transitGatewayId);
    }

    @Override
    public Diagram apply(Diagram diagram) {
        NetworkModel m = diagram.model();
        TransitLookups.gateway(m, transitGatewayId);
        Vpc vpc = m.vpc(vpcId);
        if (vpc == null) {
            throw EditRefusal.gone("VPC", vpcId);
        }
        if (m.transitAttachments().stream().anyMatch(a -> transitGatewayId.equals(a.transitGatewayId())
                && a.type() == TransitGatewayAttachment.Type.VPC && vpcId.equals(a.resourceId()))) {
            throw EditRefusal.invalid("edit.refusal.tgw.attached", vpc.label(), transitGatewayId);
        }
        checkSubnets(m, vpc);
        TransitGatewayAttachment a = new TransitGatewayAttachment(attachmentId, name, transitGatewayId,
                TransitGatewayAttachment.Type.VPC, vpcId, "available", routeTableId, subnetIds, null, "", true);
        NetworkModel after = m.with(a);
        if (routeTableId != null) {
            TransitGatewayRouteTable t = TransitLookups.table(m, routeTableId);
            TransitLookups.sameGateway(a, t);
            List<String> propagations = new ArrayList<>(t.propagations());
            propagations.add(attachmentId);
            after = after.with(new TransitGatewayRouteTable(t.id(), t.name(), t.transitGatewayId(), propagations,
                    t.staticRoutes()));
        }
        return diagram.withModel(after);
    }

    /** "You must specify one subnet from each Availability Zone" [TGWVPC]: at least one, one per zone, all in the VPC. */
    private void checkSubnets(NetworkModel m, Vpc vpc) {
        if (subnetIds.isEmpty()) {
            throw EditRefusal.invalid("edit.refusal.tgw.pickSubnet", vpc.label());
        }
        Set<String> zones = new HashSet<>();
        for (String id : subnetIds) {
            Subnet s = m.subnet(id);
            if (s == null || !vpcId.equals(s.vpcId())) {
                throw EditRefusal.invalid("edit.refusal.tgw.subnetElsewhere", id, vpc.label());
            }
            if (!zones.add(s.availabilityZone())) {
                throw EditRefusal.invalid("edit.refusal.tgw.oneSubnetPerZone", s.label(),
                        s.availabilityZone().isEmpty() ? Text.of("edit.refusal.tgw.itsZone") : s.availabilityZone());
            }
        }
    }
}
