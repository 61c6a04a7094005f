package io.hopscope.io.aws;

import io.hopscope.text.Text;
import io.hopscope.io.aws.describe.AwsSnapshot;
import io.hopscope.io.aws.describe.AwsTag;
import io.hopscope.io.aws.describe.AwsTransit;
import io.hopscope.io.aws.describe.Sourced;
import io.hopscope.model.Subnet;
import io.hopscope.model.TransitGateway;
import io.hopscope.model.TransitGatewayAttachment;
import io.hopscope.model.Vpc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Transit gateways and their attachments (rulebook 7.1, 7.5). Runs after VPCs and subnets, so
 * an attachment naming a VPC or subnet that is not in the snapshot is reported with its JSON path
 * and left out (or loses that subnet); the rest imports. A transit gateway shared between accounts
 * is listed in each account's folder: it is kept once. Batfish's inter-Region peering lists one
 * attachment id on both transit gateways; the second side gets the id {@code <id>@<tgw id>} so
 * both ends stay distinct. The route tables follow in {@link TransitRouteConverter}.
 */
final class TransitConverter {
    private final AwsSnapshot snapshot;
    private final ImportContext ctx;
    /** "tgw id/attachment id as AWS wrote it" -> the attachment as the model will hold it. */
    final Map<String, TransitGatewayAttachment> attachments = new LinkedHashMap<>();
    final Map<String, Sourced<?>> sources = new LinkedHashMap<>();

    TransitConverter(AwsSnapshot snapshot, ImportContext ctx) {
        this.snapshot = snapshot;
        this.ctx = ctx;
    }

    static String key(String tgwId, String attachmentId) {
        return tgwId + "/" + attachmentId;
    }

    void convert() {
        for (Sourced<AwsTransit.TransitGateway> s : snapshot.all(AwsTransit.TransitGateway.class)) {
            AwsTransit.TransitGateway g = s.value();
            if (ctx.missingId(s, "TransitGatewayId", g.transitGatewayId()) || gone(g.state())
                    || ctx.get(g.transitGatewayId(), TransitGateway.class) != null) {
                continue;
            }
            boolean sgRefs = g.options() != null && "enable".equalsIgnoreCase(g.options().securityGroupReferencingSupport());
            ctx.add(new TransitGateway(g.transitGatewayId(), AwsTag.nameOf(g.tags()), s.region(), sgRefs), s);
        }
        Map<String, Sourced<AwsTransit.VpcAttachment>> vpcAttachments = new LinkedHashMap<>();
        for (Sourced<AwsTransit.VpcAttachment> s : snapshot.all(AwsTransit.VpcAttachment.class)) {
            AwsTransit.VpcAttachment v = s.value();
            if (v.transitGatewayAttachmentId() != null && !gone(v.state())) {
                vpcAttachments.putIfAbsent(v.transitGatewayAttachmentId(), s);
            }
        }
        for (Sourced<AwsTransit.Attachment> s : snapshot.all(AwsTransit.Attachment.class)) {
            attachment(s, vpcAttachments);
        }
        for (Sourced<AwsTransit.VpcAttachment> s : vpcAttachments.values()) {
            AwsTransit.VpcAttachment v = s.value();
            if (v.transitGatewayId() != null && !attachments.containsKey(key(v.transitGatewayId(), v.transitGatewayAttachmentId()))) {
                // Only describe-transit-gateway-vpc-attachments: the association is not in the data.
                ctx.warning(s, "", Text.of("import.aws.transit.attachmentUnlisted", v.transitGatewayAttachmentId()), v.transitGatewayAttachmentId());
                AwsTransit.Attachment a = new AwsTransit.Attachment(v.transitGatewayAttachmentId(), v.transitGatewayId(),
                        "vpc", v.vpcId(), v.state(), v.creationTime(), null, v.tags());
                attachment(new Sourced<>(a, s.file(), s.path(), s.region()), vpcAttachments);
            }
        }
        peerings();
    }

    /** Adds the attachments once the route tables are known: an association with a missing table is dropped. */
    void finish(java.util.Set<String> tableIds) {
        for (Map.Entry<String, TransitGatewayAttachment> e : attachments.entrySet()) {
            TransitGatewayAttachment a = e.getValue();
            if (a.routeTableId() != null && !tableIds.contains(a.routeTableId())) {
                ctx.error(sources.get(e.getKey()), "Association.TransitGatewayRouteTableId", Text.of("import.aws.transit.unknownRouteTable", a.routeTableId()), a.id());
                a = a.withRouteTable(null);
            }
            ctx.add(a, sources.get(e.getKey()));
        }
    }

    private void attachment(Sourced<AwsTransit.Attachment> s, Map<String, Sourced<AwsTransit.VpcAttachment>> vpcAttachments) {
        AwsTransit.Attachment a = s.value();
        String awsId = a.transitGatewayAttachmentId();
        if (ctx.missingId(s, "TransitGatewayAttachmentId", awsId) || gone(a.state())) {
            return;
        }
        TransitGatewayAttachment.Type type = TransitGatewayAttachment.Type.ofWireName(a.resourceType());
        if (type == null) {
            ctx.warning(s, "ResourceType", Text.of("import.aws.transit.unmodelledType", a.resourceType()), awsId);
            return;
        }
        if (ctx.get(a.transitGatewayId(), TransitGateway.class) == null) {
            ctx.error(s, "TransitGatewayId", Text.of("import.aws.transit.unknownTransitGateway", a.transitGatewayId()), awsId);
            return;
        }
        String key = key(a.transitGatewayId(), awsId);
        String table = a.association() != null && "associated".equalsIgnoreCase(a.association().state())
                ? a.association().transitGatewayRouteTableId() : null;
        TransitGatewayAttachment known = attachments.get(key);
        if (known != null) {
            // The same attachment seen from another account's folder: keep it once, with its association.
            if (known.routeTableId() == null && table != null) {
                attachments.put(key, known.withRouteTable(table));
            }
            return;
        }
        List<String> subnets = List.of();
        boolean sgRefs = true;
        if (type == TransitGatewayAttachment.Type.VPC) {
            if (ctx.get(a.resourceId(), Vpc.class) == null) {
                ctx.error(s, "ResourceId", Text.of("import.aws.transit.unknownVpc", awsId, a.resourceId()), awsId);
                return;
            }
            subnets = subnets(vpcAttachments.get(awsId), a.resourceId(), awsId);
            sgRefs = securityGroupReferencing(vpcAttachments.get(awsId));
        }
        String id = awsId;
        for (TransitGatewayAttachment other : attachments.values()) {
            if (other.id().equals(awsId)) {
                id = awsId + "@" + a.transitGatewayId();
            }
        }
        String created = a.creationTime() == null ? "" : a.creationTime().toString();
        attachments.put(key, new TransitGatewayAttachment(id, AwsTag.nameOf(a.tags()), a.transitGatewayId(), type,
                a.resourceId(), a.state(), table, subnets, null, created, sgRefs));
        sources.put(key, s);
    }

    /** A VPC attachment's Options.SecurityGroupReferencingSupport: enable unless it says disable [TGWSGR]. */
    private static boolean securityGroupReferencing(Sourced<AwsTransit.VpcAttachment> s) {
        AwsTransit.TgwOptions o = s == null ? null : s.value().options();
        return o == null || !"disable".equalsIgnoreCase(o.securityGroupReferencingSupport());
    }

    /** The attachment subnets, each checked to exist in the attached VPC. */
    private List<String> subnets(Sourced<AwsTransit.VpcAttachment> s, String vpcId, String attachmentId) {
        List<String> out = new ArrayList<>();
        if (s == null) {
            return out;
        }
        List<String> ids = s.value().subnetIds();
        for (int i = 0; i < ids.size(); i++) {
            Subnet sub = ctx.get(ids.get(i), Subnet.class);
            if (sub == null || !vpcId.equals(sub.vpcId())) {
                ctx.error(s, "SubnetIds[" + i + "]", sub == null ? Text.of("import.aws.transit.subnetMissing", ids.get(i))
                        : Text.of("import.aws.transit.subnetElsewhere", ids.get(i), vpcId), attachmentId);
            } else {
                out.add(ids.get(i));
            }
        }
        return out;
    }

    /** Links the two ends of each peering: from TransitGatewayPeeringAttachments, else by the peer TGW. */
    private void peerings() {
        for (Sourced<AwsTransit.PeeringAttachment> s : snapshot.all(AwsTransit.PeeringAttachment.class)) {
            AwsTransit.PeeringAttachment p = s.value();
            if (p.requesterTgwInfo() == null || p.accepterTgwInfo() == null || gone(p.state())) {
                continue;
            }
            String accepterId = p.accepterTransitGatewayAttachmentId() != null
                    ? p.accepterTransitGatewayAttachmentId() : p.transitGatewayAttachmentId();
            String req = key(p.requesterTgwInfo().transitGatewayId(), p.transitGatewayAttachmentId());
            String acc = key(p.accepterTgwInfo().transitGatewayId(), accepterId);
            TransitGatewayAttachment r = attachments.get(req);
            TransitGatewayAttachment a = attachments.get(acc);
            if (r == null || a == null) {
                ctx.warning(s, "", Text.of("import.aws.transit.peeringUnlisted", p.transitGatewayAttachmentId()), p.transitGatewayAttachmentId());
                continue;
            }
            link(req, r, a.id());
            link(acc, a, r.id());
        }
        for (Map.Entry<String, TransitGatewayAttachment> e : attachments.entrySet()) {
            TransitGatewayAttachment a = e.getValue();
            if (a.type() != TransitGatewayAttachment.Type.PEERING || a.peerAttachmentId() != null) {
                continue;
            }
            for (TransitGatewayAttachment other : attachments.values()) {
                if (other != a && other.type() == TransitGatewayAttachment.Type.PEERING
                        && other.transitGatewayId().equals(a.resourceId()) && a.transitGatewayId().equals(other.resourceId())) {
                    link(e.getKey(), a, other.id());
                    break;
                }
            }
        }
    }

    private void link(String key, TransitGatewayAttachment a, String peer) {
        attachments.put(key, new TransitGatewayAttachment(a.id(), a.name(), a.transitGatewayId(), a.type(), a.resourceId(),
                a.state(), a.routeTableId(), a.subnetIds(), peer, a.creationTime(), a.securityGroupReferencing()));
    }

    static boolean gone(String state) {
        return state != null && (state.equals("deleted") || state.equals("deleting") || state.equals("failed")
                || state.equals("rejected") || state.equals("failing"));
    }
}
