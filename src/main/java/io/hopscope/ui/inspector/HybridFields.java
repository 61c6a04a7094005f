package io.hopscope.ui.inspector;

import io.hopscope.diagram.Diagram;
import io.hopscope.edit.Edit;
import io.hopscope.edit.hybrid.HybridEdits;
import io.hopscope.model.CustomerGateway;
import io.hopscope.model.DirectConnectGateway;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Resource;
import io.hopscope.model.RouteTable;
import io.hopscope.model.VpnConnection;
import io.hopscope.model.VpnGateway;
import io.hopscope.ui.common.DiagramDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * The fields of a virtual private gateway (its attachment), a customer gateway (the on-premises
 * network: address, ASN, CIDRs), a VPN connection (its gateways, static or BGP, static routes, state)
 * and a Direct Connect gateway (ASN, association, allowed prefixes). Every field's edit comes from
 * {@link HybridEdits}, so a change to a VPN's prefixes also reaches the tables that propagate it.
 */
final class HybridFields {

    /** VPN states as describe-vpn-connections writes them; only {@code available} carries traffic. */
    static final List<String> VPN_STATES = List.of("available", "pending", "deleting", "deleted");
    private static final String NONE = "";

    private final DiagramDocument document;
    private final ResourceBundle messages;
    private final NetworkModel m;
    private final List<PropertyField> out = new ArrayList<>();

    HybridFields(DiagramDocument document, ResourceBundle messages) {
        this.document = document;
        this.messages = messages;
        this.m = document.getDiagram().model();
    }

    /** The fields of {@code r}; empty for a resource that is not one of these four kinds. */
    List<PropertyField> of(Resource r) {
        if (r instanceof VpnGateway g) {
            vpnGateway(g);
        } else if (r instanceof CustomerGateway g) {
            customerGateway(g);
        } else if (r instanceof VpnConnection v) {
            vpn(v);
        } else if (r instanceof DirectConnectGateway d) {
            directConnect(d);
        }
        return out;
    }

    private void vpnGateway(VpnGateway g) {
        List<Choice> vpcs = new ArrayList<>();
        vpcs.add(new Choice(NONE, messages.getString("hybrid.value.detached")));
        m.vpcs().forEach(v -> vpcs.add(new Choice(v.id(), v.label())));
        add("vgwVpc", FieldKind.CHOICE, g.vpcId() == null ? NONE : g.vpcId(), vpcs,
                value -> HybridEdits.attachVgw(diagram(), g.id(), value.isEmpty() ? null : value));
        readOnly("vgwVpns", labels(m.vpnConnections().stream().filter(v -> g.id().equals(v.vpnGatewayId()))
                .map(Resource::id).toList()));
        readOnly("vgwPropagating", labels(m.routeTables().stream().filter(t -> t.propagatingVgwIds().contains(g.id()))
                .map(RouteTable::id).toList()));
    }

    private void customerGateway(CustomerGateway g) {
        text("cgwCidrs", FieldParsers.join(g.cidrs()),
                value -> HybridEdits.customerGateway(diagram(), g.id(), g.ipAddress(), g.bgpAsn(), FieldParsers.cidrs(value)));
        text("cgwIp", g.ipAddress() == null ? "" : g.ipAddress().toString(),
                value -> HybridEdits.customerGateway(diagram(), g.id(), FieldParsers.optionalIp(value), g.bgpAsn(), g.cidrs()));
        text("cgwAsn", g.bgpAsn() == null ? "" : g.bgpAsn().toString(),
                value -> HybridEdits.customerGateway(diagram(), g.id(), g.ipAddress(), asn(value), g.cidrs()));
        readOnly("cgwVpns", labels(m.vpnConnections().stream().filter(v -> g.id().equals(v.customerGatewayId()))
                .map(Resource::id).toList()));
    }

    private void vpn(VpnConnection v) {
        List<Choice> gateways = new ArrayList<>();
        m.vpnGateways().forEach(g -> gateways.add(new Choice(g.id(), g.label())));
        m.transitGateways().forEach(g -> gateways.add(new Choice(g.id(), g.label())));
        String aws = v.vpnGatewayId() != null ? v.vpnGatewayId() : v.transitGatewayId();
        add("vpnGateway", FieldKind.CHOICE, aws == null ? NONE : aws, gateways,
                value -> HybridEdits.vpnGateway(diagram(), v.id(), value));
        add("vpnCustomerGateway", FieldKind.CHOICE, v.customerGatewayId() == null ? NONE : v.customerGatewayId(),
                m.customerGateways().stream().map(c -> new Choice(c.id(), c.label())).toList(),
                value -> HybridEdits.vpnCustomerGateway(diagram(), v.id(), value));
        flag("vpnStaticOnly", v.staticRoutesOnly(),
                value -> HybridEdits.vpnRouting(diagram(), v.id(), Boolean.parseBoolean(value)));
        if (v.staticRoutesOnly()) {
            text("vpnRoutes", FieldParsers.join(v.staticRoutes()),
                    value -> HybridEdits.vpnRoutes(diagram(), v.id(), FieldParsers.cidrs(value)));
        } else {
            // A BGP VPN's prefixes are what its customer gateway advertises: edited there.
            CustomerGateway cgw = m.get(v.customerGatewayId(), CustomerGateway.class);
            readOnly("vpnAdvertised", cgw == null ? "" : FieldParsers.join(cgw.cidrs()));
        }
        add("vpnState", FieldKind.CHOICE, v.state(), VPN_STATES.stream().map(s -> new Choice(s, s)).toList(),
                value -> HybridEdits.vpnState(diagram(), v.id(), value));
    }

    private void directConnect(DirectConnectGateway d) {
        text("dxAsn", d.amazonSideAsn() == null ? "" : d.amazonSideAsn().toString(),
                value -> HybridEdits.dxAsn(diagram(), d.id(), asn(value)));
        DirectConnectGateway.Association first = d.associations().isEmpty() ? null : d.associations().get(0);
        List<Choice> gateways = new ArrayList<>();
        gateways.add(new Choice(NONE, messages.getString("hybrid.value.notAssociated")));
        m.vpnGateways().forEach(g -> gateways.add(new Choice(g.id(), g.label())));
        m.transitGateways().forEach(g -> gateways.add(new Choice(g.id(), g.label())));
        add("dxGateway", FieldKind.CHOICE, first == null ? NONE : first.gatewayId(), gateways,
                value -> HybridEdits.dxAssociation(diagram(), d.id(), value.isEmpty() ? null : value,
                        first == null ? List.of() : first.allowedPrefixes()));
        if (first != null) {
            text("dxAllowed", FieldParsers.join(first.allowedPrefixes()),
                    value -> HybridEdits.dxAssociation(diagram(), d.id(), first.gatewayId(), FieldParsers.cidrs(value)));
        }
        readOnly("dxState", d.state());
    }

    private Diagram diagram() {
        return document.getDiagram();
    }

    private Long asn(String value) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(java.text.MessageFormat.format(messages.getString("hybrid.error.asn"), value.strip()));
        }
    }

    private void add(String key, FieldKind kind, String value, List<Choice> choices, Function<String, Edit> edit) {
        out.add(new PropertyField(key, messages.getString("hybrid.field." + key), kind, value, choices, edit, document,
                messages.getLocale()));
    }

    private void text(String key, String value, Function<String, Edit> edit) {
        add(key, FieldKind.TEXT, value, List.of(), edit);
    }

    private void flag(String key, boolean value, Function<String, Edit> edit) {
        add(key, FieldKind.FLAG, Boolean.toString(value), List.of(), edit);
    }

    private void readOnly(String key, String value) {
        add(key, FieldKind.READ_ONLY, value, List.of(), null);
    }

    private String labels(List<String> ids) {
        return FieldParsers.join(ids.stream().map(id -> m.find(id).map(Resource::label).orElse(id)).toList());
    }
}
