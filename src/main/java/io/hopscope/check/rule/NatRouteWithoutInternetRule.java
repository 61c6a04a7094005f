package io.hopscope.check.rule;

import io.hopscope.check.Findings;
import io.hopscope.check.ModelRule;
import io.hopscope.model.NatGateway;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Route;
import io.hopscope.model.RouteTable;
import io.hopscope.model.RouteTargetKind;
import io.hopscope.model.Subnet;
import io.hopscope.model.net.Cidr;

/**
 * Warns when a subnet sends its internet traffic to a public NAT gateway that sits in a subnet
 * with no route to an internet gateway: the NAT then has nowhere to send it [NAT] scenario E.
 */
public final class NatRouteWithoutInternetRule implements ModelRule {

    @Override
    public void check(NetworkModel m, Findings f) {
        for (Subnet s : m.subnets()) {
            RouteTable t = m.routeTableOf(s.id());
            if (t == null) {
                continue;
            }
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
                if (!m.isPublic(natSubnet.id())) {
                    f.warning(t, ".routes[" + i + "]", "subnet " + s.label() + " routes 0.0.0.0/0 to NAT " + nat.label()
                            + " in subnet " + natSubnet.label() + " that has no route to an internet gateway");
                }
            }
        }
    }
}
