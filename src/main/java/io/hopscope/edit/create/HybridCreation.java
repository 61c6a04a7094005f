package io.hopscope.edit.create;

import io.hopscope.text.Text;
import io.hopscope.model.CustomerGateway;
import io.hopscope.model.DirectConnectGateway;
import io.hopscope.model.ExternalEndpoint;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Resource;
import io.hopscope.model.Vpc;
import io.hopscope.model.VpnConnection;
import io.hopscope.model.VpnGateway;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IpAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * What the palette's hybrid entries create (rulebook 8 and 9): a virtual private gateway attached to
 * the VPC it is dropped on (one per VPC [VPNHOW]); a customer gateway, the on-premises network's tile,
 * with a documentation address, a private ASN and the next free 192.168.N.0/24 behind it; a static VPN
 * connection from the VPC's gateway to a customer gateway it does not reach yet, routing that
 * gateway's prefixes; a Direct Connect gateway (a global object, its id a UUID [DXAPI]).
 */
final class HybridCreation {

    /** RFC 5737 TEST-NET-3: public-looking addresses that belong to nobody. */
    private static final Cidr DEVICE_POOL = Cidr.parse("203.0.113.0/24");
    /** A private ASN, as AWS proposes for a new customer gateway [VPNHOW]. */
    static final long CUSTOMER_ASN = 65000;
    /** Amazon's default side ASN of a new Direct Connect gateway [DXGW]. */
    static final long AMAZON_ASN = 64512;

    private final NetworkModel model;
    private final Function<String, String> ids;

    HybridCreation(NetworkModel model, Function<String, String> ids) {
        this.model = model;
        this.ids = ids;
    }

    Resource create(NewResourceKind kind, Vpc vpc) {
        return switch (kind) {
            case VPN_GATEWAY -> new VpnGateway(ids.apply("vgw-"), "", vpc.id());
            case CUSTOMER_GATEWAY -> new CustomerGateway(ids.apply("cgw-"), "", freeDeviceAddress(), CUSTOMER_ASN,
                    "available", List.of(freeOnPremBlock(model)));
            case VPN_CONNECTION -> {
                VpnGateway vgw = vgwOf(model, vpc).orElseThrow();
                CustomerGateway cgw = unconnected(model, vgw).orElseThrow();
                yield new VpnConnection(ids.apply("vpn-"), "", vgw.id(), null, cgw.id(), true, cgw.cidrs(), "available");
            }
            case DIRECT_CONNECT_GATEWAY -> new DirectConnectGateway(UUID.randomUUID().toString(), "", AMAZON_ASN,
                    "available", List.of());
            default -> throw new IllegalArgumentException(kind + " is not a hybrid resource");
        };
    }

    /**
     * A new VPN's static routes also appear in every table that propagates its gateway [VGWPROP]: the
     * creation and those routes are one undo step.
     */
    static io.hopscope.edit.Edit withPropagation(NetworkModel before, io.hopscope.edit.Edit add, List<Resource> created) {
        NetworkModel after = before.toBuilder().addAll(created).build();
        List<io.hopscope.edit.Edit> sync = io.hopscope.edit.hybrid.RoutePropagation.sync(before, after);
        if (sync.isEmpty()) {
            return add;
        }
        List<io.hopscope.edit.Edit> parts = new ArrayList<>();
        parts.add(add);
        parts.addAll(sync);
        return new io.hopscope.edit.CompositeEdit(add.description(), parts);
    }

    /** Why a hybrid entry may not go into {@code vpc}; empty for other kinds. */
    static Optional<Text> refusal(NetworkModel model, NewResourceKind kind, Vpc vpc) {
        if (kind == NewResourceKind.VPN_GATEWAY && vgwOf(model, vpc).isPresent()) {
            return Optional.of(Text.of("edit.drop.vgwExists", vpc.label(), vgwOf(model, vpc).get().label()));
        }
        if (kind == NewResourceKind.VPN_CONNECTION) {
            Optional<VpnGateway> vgw = vgwOf(model, vpc);
            if (vgw.isEmpty()) {
                return Optional.of(Text.of("edit.drop.vpnNeedsVgw", vpc.label()));
            }
            if (unconnected(model, vgw.get()).isEmpty()) {
                return Optional.of(Text.of("edit.drop.vpnNeedsCgw", vgw.get().label()));
            }
        }
        return Optional.empty();
    }

    static Optional<VpnGateway> vgwOf(NetworkModel model, Vpc vpc) {
        return model.vpnGateways().stream().filter(g -> vpc.id().equals(g.vpcId())).findFirst();
    }

    /** The first customer gateway with no VPN to {@code vgw} yet. */
    private static Optional<CustomerGateway> unconnected(NetworkModel model, VpnGateway vgw) {
        return model.customerGateways().stream().filter(c -> model.vpnConnections().stream()
                .noneMatch(v -> vgw.id().equals(v.vpnGatewayId()) && c.id().equals(v.customerGatewayId()))).findFirst();
    }

    private IpAddress freeDeviceAddress() {
        for (long offset = 10; offset < DEVICE_POOL.size() - 1; offset += 10) {
            IpAddress candidate = DEVICE_POOL.addressAt(offset);
            if (model.customerGateways().stream().noneMatch(c -> candidate.equals(c.ipAddress()))) {
                return candidate;
            }
        }
        return DEVICE_POOL.addressAt(1);
    }

    /** The first 192.168.N.0/24 that overlaps no VPC, no on-premises network and no VPN route of the model. */
    static Cidr freeOnPremBlock(NetworkModel model) {
        List<Cidr> taken = new ArrayList<>();
        model.vpcs().forEach(v -> taken.addAll(v.allCidrs()));
        model.customerGateways().forEach(c -> taken.addAll(c.cidrs()));
        model.vpnConnections().forEach(v -> taken.addAll(v.staticRoutes()));
        model.externals().stream().filter(e -> e.externalKind() == io.hopscope.model.ExternalKind.ON_PREMISES)
                .map(ExternalEndpoint::cidrs).forEach(taken::addAll);
        for (int n = 0; n < 256; n++) {
            Cidr candidate = Cidr.parse("192.168." + n + ".0/24");
            if (taken.stream().noneMatch(candidate::overlaps)) {
                return candidate;
            }
        }
        return Cidr.parse("192.168.255.0/24");
    }
}
