package io.hopscope.check;

import io.hopscope.text.Text;
import io.hopscope.model.NatGateway;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Route;
import io.hopscope.model.RouteTable;
import io.hopscope.model.RouteTargetKind;
import io.hopscope.model.Subnet;
import io.hopscope.model.net.Cidr;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Warns when a subnet sends its internet traffic to a public NAT gateway that sits in a subnet
 * with no route to an internet gateway: the NAT then has nowhere to send it [NAT] scenario E.
 */
public final class NatRouteWithoutInternetRule implements ModelRule {

    @Override
    public boolean reportsErrors() {
        return false;
    }

    @Override
    public void check(NetworkModel m, Findings f) {
        PublicTables tables = new PublicTables(m);
        // One answer per route table, not per subnet: thousands of subnets share one main table.
        Map<RouteTable, Optional<Integer>> badRoute = new IdentityHashMap<>();
        for (Subnet s : m.subnets()) {
            RouteTable t = m.routeTableOf(s.id());
            if (t == null) {
                continue;
            }
            Optional<Integer> bad = badRoute.computeIfAbsent(t, x -> firstRouteToNatWithoutInternet(m, x, tables));
            if (bad.isPresent()) {
                int i = bad.get();
                NatGateway nat = m.natGateway(t.routes().get(i).targetId());
                f.warning(t, ".routes[" + i + "]", Text.of("check.nat.noInternet", s.label(), nat.label(),
                        m.subnet(nat.subnetId()).label()));
            }
        }
    }

    @Override
    public String findingsName() {
        return "routes to a NAT gateway without internet access";
    }

    /** The index of the table's 0.0.0.0/0 route to a public NAT in a private subnet (AWS allows one such route). */
    private static Optional<Integer> firstRouteToNatWithoutInternet(NetworkModel m, RouteTable t, PublicTables tables) {
        for (int i = 0; i < t.routes().size(); i++) {
            Route r = t.routes().get(i);
            if (r.targetKind() != RouteTargetKind.NAT_GATEWAY || r.blackhole()
                    || !Cidr.ANY_IPV4.equals(r.destination())) {
                continue;
            }
            NatGateway nat = m.natGateway(r.targetId());
            Subnet natSubnet = nat == null ? null : m.subnet(nat.subnetId());
            if (nat == null || !nat.publicConnectivity() || natSubnet == null) {
                continue;
            }
            return tables.isPublic(natSubnet.id()) ? Optional.empty() : Optional.of(i);
        }
        return Optional.empty();
    }
}
