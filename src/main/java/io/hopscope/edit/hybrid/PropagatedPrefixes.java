package io.hopscope.edit.hybrid;

import io.hopscope.model.CustomerGateway;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.RouteTable;
import io.hopscope.model.Vpc;
import io.hopscope.model.VpnConnection;
import io.hopscope.model.net.Cidr;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The on-premises prefixes a virtual private gateway hands to the route tables that propagate it
 * [VGWPROP]: the static routes of each available static VPN on it, and for each available BGP VPN
 * the prefixes its customer gateway advertises (in a drawn diagram, the CIDRs entered on the customer
 * gateway) [VPNRT]. Direct Connect prefixes are not known from the data (rulebook 9) and are left out.
 */
public final class PropagatedPrefixes {

    private PropagatedPrefixes() {
    }

    public static Set<Cidr> of(NetworkModel m, String vgwId) {
        Set<Cidr> out = new LinkedHashSet<>();
        for (VpnConnection v : m.vpnConnections()) {
            if (!vgwId.equals(v.vpnGatewayId()) || !v.available()) {
                continue;
            }
            if (v.staticRoutesOnly()) {
                out.addAll(v.staticRoutes());
            } else {
                CustomerGateway cgw = m.get(v.customerGatewayId(), CustomerGateway.class);
                if (cgw != null) {
                    out.addAll(cgw.cidrs());
                }
            }
        }
        return out;
    }

    /**
     * Whether {@code c} may appear in {@code t} as a propagated route: not when it lies inside one of
     * the VPC's own blocks, since the local route is never overridden by a propagated one [RT].
     */
    public static boolean fits(NetworkModel m, RouteTable t, Cidr c) {
        Vpc vpc = m.vpc(t.vpcId());
        return vpc == null || vpc.allCidrs().stream().noneMatch(v -> v.contains(c));
    }
}
