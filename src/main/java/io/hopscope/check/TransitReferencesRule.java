package io.hopscope.check;

import io.hopscope.text.Text;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Resource;
import io.hopscope.model.ResourceKind;
import io.hopscope.model.Subnet;
import io.hopscope.model.TransitGatewayAttachment;
import io.hopscope.model.TransitGatewayRouteTable;
import io.hopscope.model.TransitResource;

import java.util.List;

/**
 * The references of transit gateway resources name existing resources of the right kind and of
 * the same transit gateway: an attachment's TGW, VPC, attachment subnets (in that VPC), associated
 * table and peer; a TGW route table's propagations and static-route attachments.
 */
public final class TransitReferencesRule implements ModelRule {

    @Override
    public String findingsName() {
        return "broken transit gateway references";
    }

    @Override
    public void check(NetworkModel m, Findings f) {
        if (m.transit().isEmpty()) {
            return;
        }
        for (TransitGatewayAttachment a : m.transitAttachments()) {
            ref(m, f, a, ".transitGateway", a.transitGatewayId(), ResourceKind.TRANSIT_GATEWAY, true);
            if (sameTgw(m, f, a, ".routeTable", a.routeTableId(), ResourceKind.TRANSIT_GATEWAY_ROUTE_TABLE)) {
                ref(m, f, a, ".routeTable", a.routeTableId(), ResourceKind.TRANSIT_GATEWAY_ROUTE_TABLE, false);
            }
            ref(m, f, a, ".peerAttachment", a.peerAttachmentId(), ResourceKind.TRANSIT_GATEWAY_ATTACHMENT, false);
            if (a.type() == TransitGatewayAttachment.Type.VPC
                    && ref(m, f, a, ".resource", a.resourceId(), ResourceKind.VPC, true)) {
                for (int i = 0; i < a.subnetIds().size(); i++) {
                    String field = ".subnets[" + i + "]";
                    if (ref(m, f, a, field, a.subnetIds().get(i), ResourceKind.SUBNET, true)) {
                        Subnet s = m.subnet(a.subnetIds().get(i));
                        if (!a.resourceId().equals(s.vpcId())) {
                            f.error(a, field, Text.of("check.tgw.attachmentSubnet", s.label(), a.resourceId()));
                        }
                    }
                }
            }
        }
        for (TransitGatewayRouteTable t : m.transitRouteTables()) {
            ref(m, f, t, ".transitGateway", t.transitGatewayId(), ResourceKind.TRANSIT_GATEWAY, true);
            List<String> props = t.propagations();
            for (int i = 0; i < props.size(); i++) {
                if (sameTgw(m, f, t, ".propagations[" + i + "]", props.get(i), ResourceKind.TRANSIT_GATEWAY_ATTACHMENT)) {
                    ref(m, f, t, ".propagations[" + i + "]", props.get(i), ResourceKind.TRANSIT_GATEWAY_ATTACHMENT, true);
                }
            }
            for (int i = 0; i < t.staticRoutes().size(); i++) {
                String field = ".staticRoutes[" + i + "].attachment";
                String id = t.staticRoutes().get(i).attachmentId();
                if (sameTgw(m, f, t, field, id, ResourceKind.TRANSIT_GATEWAY_ATTACHMENT)) {
                    ref(m, f, t, field, id, ResourceKind.TRANSIT_GATEWAY_ATTACHMENT, false);
                }
            }
        }
    }

    /** False (after an error) when the referenced TGW resource belongs to another transit gateway. */
    private static boolean sameTgw(NetworkModel m, Findings f, TransitResource owner, String field, String id,
                                   ResourceKind kind) {
        Resource target = id == null ? null : m.find(id).orElse(null);
        if (target instanceof TransitResource t && target.kind() == kind
                && !t.transitGatewayId().equals(owner.transitGatewayId())) {
            f.error(owner, field, Text.of("check.tgw.otherGateway", Findings.kind(kind), id,
                    t.transitGatewayId(), owner.transitGatewayId()));
            return false;
        }
        return true;
    }

    /** True when {@code id} names a resource of {@code kind}; an error otherwise (none when optional and empty). */
    private static boolean ref(NetworkModel m, Findings f, Resource owner, String field, String id, ResourceKind kind,
                               boolean required) {
        if (id == null || id.isEmpty()) {
            if (required) {
                f.error(owner, field, Text.of("check.ref.needs", Findings.described(owner), Findings.kind(kind)));
            }
            return false;
        }
        Resource target = m.find(id).orElse(null);
        if (target == null) {
            f.error(owner, field, Text.of("check.ref.unknown", Findings.kind(kind), id));
            return false;
        }
        if (target.kind() != kind) {
            f.error(owner, field, Text.of("check.ref.wrongKind", id, Findings.kind(target.kind()), Findings.kind(kind)));
            return false;
        }
        return true;
    }
}
