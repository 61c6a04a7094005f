package io.hopscope.check;

import io.hopscope.text.Text;
import io.hopscope.model.NatGateway;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Route;
import io.hopscope.model.RouteTable;
import io.hopscope.model.VpcPeeringConnection;

/**
 * Warns about a route to a NAT gateway that is not available or a peering that is not active:
 * AWS shows such a route as a blackhole and drops its traffic [RT][NAT][PCX].
 */
public final class InactiveRouteTargetRule implements ModelRule {

    @Override
    public String findingsName() {
        return "routes to inactive targets";
    }

    @Override
    public boolean reportsErrors() {
        return false;
    }

    @Override
    public void check(NetworkModel m, Findings f) {
        for (RouteTable t : m.routeTables()) {
            for (int i = 0; i < t.routes().size(); i++) {
                Route r = t.routes().get(i);
                if (r.blackhole()) {
                    continue;
                }
                String state = null;
                Text what = null;
                NatGateway nat = m.natGateway(r.targetId());
                VpcPeeringConnection pcx = m.peeringConnection(r.targetId());
                if (nat != null && !nat.isAvailable()) {
                    state = nat.state();
                    what = Text.of("check.inactive.nat", nat.label());
                } else if (pcx != null && !pcx.isActive()) {
                    state = pcx.status();
                    what = Text.of("check.inactive.peering", pcx.label());
                }
                if (what != null) {
                    f.warning(t, ".routes[" + i + "]", Text.of("check.inactive.route",
                            r.destinationText(), what, state));
                }
            }
        }
    }
}
