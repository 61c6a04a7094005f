package io.hopscope.io.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hopscope.check.Problem;
import io.hopscope.model.TransitGateway;
import io.hopscope.model.TransitGatewayAttachment;
import io.hopscope.model.TransitGatewayRouteTable;
import io.hopscope.model.TransitResource;
import io.hopscope.model.net.Cidr;

import io.hopscope.text.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * File encoding of transit gateways, their attachments and route tables (sections
 * {@code transitGateways}, {@code transitGatewayAttachments}, {@code transitGatewayRouteTables}),
 * both ways, with the rules of {@link ResourceEncoder}: defaults are not written, unknown fields
 * are errors.
 */
final class TransitCodec {

    private TransitCodec() {
    }

    static void encode(ObjectNode o, TransitResource r) {
        if (r instanceof TransitGateway g) {
            text(o, "region", g.region());
            if (g.securityGroupReferencing()) {
                o.put("securityGroupReferencing", true);
            }
        } else if (r instanceof TransitGatewayAttachment a) {
            o.put("transitGateway", a.transitGatewayId());
            o.put("type", a.type().wireName());
            text(o, "resource", a.resourceId());
            if (!a.available()) {
                o.put("state", a.state());
            }
            text(o, "routeTable", a.routeTableId());
            if (!a.subnetIds().isEmpty()) {
                ArrayNode s = o.putArray("subnets");
                a.subnetIds().forEach(s::add);
            }
            text(o, "peerAttachment", a.peerAttachmentId());
            text(o, "creationTime", a.creationTime());
            if (!a.securityGroupReferencing()) {
                // Written only when off: the AWS default for a VPC attachment is enable [TGWSGR].
                o.put("securityGroupReferencing", false);
            }
        } else if (r instanceof TransitGatewayRouteTable t) {
            o.put("transitGateway", t.transitGatewayId());
            if (!t.propagations().isEmpty()) {
                ArrayNode p = o.putArray("propagations");
                t.propagations().forEach(p::add);
            }
            if (!t.staticRoutes().isEmpty()) {
                ArrayNode routes = o.putArray("staticRoutes");
                for (TransitGatewayRouteTable.StaticRoute s : t.staticRoutes()) {
                    ObjectNode n = routes.addObject();
                    n.put("destination", s.destination().toString());
                    if (s.blackhole()) {
                        n.put("blackhole", true);
                    }
                    text(n, "attachment", s.attachmentId());
                }
            }
        }
    }

    static TransitResource decode(ModelSection section, JsonFields f, String id, String name, List<Problem> problems) {
        switch (section) {
            case TRANSIT_GATEWAYS: {
                String region = f.optionalText("region");
                boolean sgRefs = f.flag("securityGroupReferencing");
                return complete(f, () -> new TransitGateway(id, name, region, sgRefs));
            }
            case TRANSIT_GATEWAY_ATTACHMENTS: {
                String tgw = f.requiredText("transitGateway");
                String typeText = f.requiredText("type");
                TransitGatewayAttachment.Type type = typeText == null ? null
                        : TransitGatewayAttachment.Type.ofWireName(typeText);
                if (typeText != null && type == null) {
                    f.error("type", Text.of("field.tgw.notAnAttachmentType", typeText));
                }
                String resource = f.optionalRef("resource");
                String state = f.optionalRef("state");
                String table = f.optionalRef("routeTable");
                List<String> subnets = f.textList("subnets");
                String peer = f.optionalRef("peerAttachment");
                String created = f.optionalText("creationTime");
                boolean sgRefs = !f.has("securityGroupReferencing") || f.flag("securityGroupReferencing");
                return complete(f, () -> new TransitGatewayAttachment(id, name, tgw, type, resource, state, table,
                        subnets, peer, created, sgRefs));
            }
            case TRANSIT_GATEWAY_ROUTE_TABLES: {
                String tgw = f.requiredText("transitGateway");
                List<String> propagations = f.textList("propagations");
                List<TransitGatewayRouteTable.StaticRoute> routes = staticRoutes(f, problems);
                return complete(f, () -> new TransitGatewayRouteTable(id, name, tgw, propagations, routes));
            }
            default:
                throw new IllegalArgumentException("not a transit gateway section: " + section);
        }
    }

    private static List<TransitGatewayRouteTable.StaticRoute> staticRoutes(JsonFields owner, List<Problem> problems) {
        List<JsonNode> items = owner.array("staticRoutes");
        if (items == null) {
            return null;
        }
        List<TransitGatewayRouteTable.StaticRoute> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonFields f = JsonFields.of(items.get(i), JsonPaths.index(owner.pathOf("staticRoutes"), i), problems);
            if (f == null) {
                owner.markFailed();
                continue;
            }
            Cidr destination = f.cidr("destination", true);
            boolean blackhole = f.flag("blackhole");
            String attachment = f.optionalRef("attachment");
            if (!blackhole && attachment == null && f.ok()) {
                f.error("attachment", Text.of("field.tgw.routeNeedsAttachment"));
            }
            TransitGatewayRouteTable.StaticRoute r = complete(f,
                    () -> new TransitGatewayRouteTable.StaticRoute(destination, attachment, blackhole));
            if (r == null) {
                owner.markFailed();
            } else {
                out.add(r);
            }
        }
        return owner.ok() ? out : null;
    }

    private static <T> T complete(JsonFields f, java.util.function.Supplier<T> build) {
        f.finish();
        return f.ok() ? build.get() : null;
    }

    private static void text(ObjectNode o, String field, Object value) {
        if (value != null && !value.toString().isEmpty()) {
            o.put(field, value.toString());
        }
    }
}
