package io.hopscope.io.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hopscope.check.Problem;
import io.hopscope.model.CustomerGateway;
import io.hopscope.model.DirectConnectGateway;
import io.hopscope.model.HybridResource;
import io.hopscope.model.VirtualInterface;
import io.hopscope.model.VpnConnection;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IpAddress;

import io.hopscope.text.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * File encoding of the resources that reach networks outside AWS (customer gateways, VPN
 * connections, Direct Connect gateways with their associations, virtual interfaces), both ways.
 * Kept apart from {@link ResourceEncoder}/{@link ResourceDecoder} so those stay small; the same
 * rules apply: defaults are not written, unknown fields are errors.
 */
final class HybridCodec {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private HybridCodec() {
    }

    static void encode(ObjectNode o, HybridResource r) {
        if (r instanceof CustomerGateway g) {
            text(o, "ipAddress", g.ipAddress());
            if (g.bgpAsn() != null) {
                o.put("bgpAsn", g.bgpAsn());
            }
            list(o, "cidrs", g.cidrs());
            state(o, g.state(), "available");
        } else if (r instanceof VpnConnection v) {
            text(o, "vpnGateway", v.vpnGatewayId());
            text(o, "transitGateway", v.transitGatewayId());
            text(o, "customerGateway", v.customerGatewayId());
            if (v.staticRoutesOnly()) {
                o.put("staticRoutesOnly", true);
            }
            list(o, "staticRoutes", v.staticRoutes());
            state(o, v.state(), "available");
        } else if (r instanceof DirectConnectGateway d) {
            if (d.amazonSideAsn() != null) {
                o.put("amazonSideAsn", d.amazonSideAsn());
            }
            state(o, d.state(), "available");
            if (!d.associations().isEmpty()) {
                ArrayNode a = o.putArray("associations");
                for (DirectConnectGateway.Association x : d.associations()) {
                    ObjectNode n = a.addObject();
                    n.put("id", x.id());
                    n.put("gateway", x.gatewayId());
                    n.put("gatewayType", x.gatewayType());
                    list(n, "allowedPrefixes", x.allowedPrefixes());
                    state(n, x.state(), "associated");
                }
            }
        } else if (r instanceof VirtualInterface v) {
            o.put("type", v.type());
            text(o, "vpnGateway", v.vpnGatewayId());
            text(o, "directConnectGateway", v.directConnectGatewayId());
            if (v.vlan() != null) {
                o.put("vlan", v.vlan());
            }
            if (v.asn() != null) {
                o.put("asn", v.asn());
            }
            state(o, v.state(), "available");
        }
    }

    static HybridResource decode(ModelSection section, JsonFields f, String id, String name, List<Problem> problems) {
        switch (section) {
            case CUSTOMER_GATEWAYS: {
                IpAddress ip = f.ip("ipAddress");
                Long asn = asn(f, "bgpAsn");
                List<Cidr> cidrs = f.cidrList("cidrs");
                String state = f.optionalRef("state");
                return complete(f, () -> new CustomerGateway(id, name, ip, asn, state, cidrs));
            }
            case VPN_CONNECTIONS: {
                String vgw = f.optionalRef("vpnGateway");
                String tgw = f.optionalRef("transitGateway");
                String cgw = f.optionalRef("customerGateway");
                boolean staticOnly = f.flag("staticRoutesOnly");
                List<Cidr> routes = f.cidrList("staticRoutes");
                String state = f.optionalRef("state");
                if (vgw == null && tgw == null && f.ok()) {
                    f.error("vpnGateway", Text.of("field.vpn.noGateway"));
                }
                return complete(f, () -> new VpnConnection(id, name, vgw, tgw, cgw, staticOnly, routes, state));
            }
            case DIRECT_CONNECT_GATEWAYS: {
                Long asn = asn(f, "amazonSideAsn");
                String state = f.optionalRef("state");
                List<DirectConnectGateway.Association> associations = associations(f, problems);
                return complete(f, () -> new DirectConnectGateway(id, name, asn, state, associations));
            }
            case VIRTUAL_INTERFACES: {
                String type = f.requiredText("type");
                String vgw = f.optionalRef("vpnGateway");
                String dxgw = f.optionalRef("directConnectGateway");
                Integer vlan = f.integer("vlan", 1, 4094, false, Text.of("field.what.vlan"));
                Long asn = asn(f, "asn");
                String state = f.optionalRef("state");
                return complete(f, () -> new VirtualInterface(id, name, type, state, vgw, dxgw, vlan, asn));
            }
            default:
                throw new IllegalArgumentException("not a hybrid section: " + section);
        }
    }

    private static List<DirectConnectGateway.Association> associations(JsonFields owner, List<Problem> problems) {
        List<JsonNode> items = owner.array("associations");
        if (items == null) {
            return null;
        }
        List<DirectConnectGateway.Association> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonFields f = JsonFields.of(items.get(i), JsonPaths.index(owner.pathOf("associations"), i), problems);
            if (f == null) {
                owner.markFailed();
                continue;
            }
            String id = f.requiredText("id");
            String gateway = f.requiredText("gateway");
            String type = f.requiredText("gatewayType");
            if (type != null && !type.equals(DirectConnectGateway.Association.VGW)
                    && !type.equals(DirectConnectGateway.Association.TGW)) {
                f.error("gatewayType", Text.of("field.dx.notAGatewayType", type));
            }
            List<Cidr> allowed = f.cidrList("allowedPrefixes");
            String state = f.optionalRef("state");
            DirectConnectGateway.Association a = complete(f,
                    () -> new DirectConnectGateway.Association(id, gateway, type, allowed, state));
            if (a == null) {
                owner.markFailed();
            } else {
                out.add(a);
            }
        }
        return owner.ok() ? out : null;
    }

    /** An ASN (0 to 4294967295), null when absent. */
    private static Long asn(JsonFields f, String field) {
        JsonNode v = f.raw(field);
        if (!f.has(field) || v == null || v.isNull()) {
            return null;
        }
        if (!v.canConvertToLong() || !v.isIntegralNumber() || v.longValue() < 0 || v.longValue() > 4294967295L) {
            f.error(field, Text.of("field.notAnAsn", JsonFields.describeText(v)));
            return null;
        }
        return v.longValue();
    }

    private static <T> T complete(JsonFields f, java.util.function.Supplier<T> build) {
        f.finish();
        return f.ok() ? build.get() : null;
    }

    private static void state(ObjectNode o, String state, String normal) {
        if (state != null && !state.equals(normal)) {
            o.put("state", state);
        }
    }

    private static void text(ObjectNode o, String field, Object value) {
        if (value != null && !value.toString().isEmpty()) {
            o.put(field, value.toString());
        }
    }

    private static void list(ObjectNode o, String field, List<?> values) {
        if (!values.isEmpty()) {
            ArrayNode a = o.putArray(field);
            values.forEach(v -> a.add(v.toString()));
        }
    }
}
