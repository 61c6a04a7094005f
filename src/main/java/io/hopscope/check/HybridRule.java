package io.hopscope.check;

import io.hopscope.text.Text;
import io.hopscope.model.CustomerGateway;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.VpnConnection;
import io.hopscope.model.VpnGateway;
import io.hopscope.model.net.Cidr;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * VPN data that contradicts itself (rulebook 8): a VPC with two virtual private gateways attached
 * (AWS allows one [VPNHOW]) is an error; two VPN connections of one gateway whose on-premises prefixes
 * overlap are a warning, because which one carries the overlap then depends on route preference
 * (longest prefix, static over BGP, AS path [VPNRT]) and usually means one site's block was typed on
 * the other's VPN. A VPN naming a gateway that does not exist is reported by {@link ReferencesRule}.
 */
public final class HybridRule implements ModelRule {

    @Override
    public void check(NetworkModel m, Findings f) {
        Map<String, VpnGateway> attached = new LinkedHashMap<>();
        for (VpnGateway g : m.vpnGateways()) {
            if (g.vpcId() == null) {
                continue;
            }
            VpnGateway first = attached.putIfAbsent(g.vpcId(), g);
            if (first != null) {
                f.error(g, ".vpc", Text.of("check.hybrid.twoGateways", g.vpcId(), first.label(), g.label()));
            }
        }
        Map<String, List<VpnConnection>> byGateway = new LinkedHashMap<>();
        for (VpnConnection v : m.vpnConnections()) {
            if (v.vpnGatewayId() != null && v.available()) {
                byGateway.computeIfAbsent(v.vpnGatewayId(), k -> new ArrayList<>()).add(v);
            }
        }
        for (List<VpnConnection> vpns : byGateway.values()) {
            for (int i = 0; i < vpns.size(); i++) {
                for (int j = i + 1; j < vpns.size(); j++) {
                    overlap(m, f, vpns.get(i), vpns.get(j));
                }
            }
        }
    }

    private static void overlap(NetworkModel m, Findings f, VpnConnection a, VpnConnection b) {
        for (Cidr x : prefixes(m, a)) {
            for (Cidr y : prefixes(m, b)) {
                if (x.overlaps(y)) {
                    f.warning(b, b.staticRoutesOnly() ? ".staticRoutes" : ".customerGateway", Text.of("check.hybrid.overlap",
                            a.label(), x.toString(), b.label(), y.toString(), a.vpnGatewayId()));
                    return;
                }
            }
        }
    }

    /** A static VPN's static routes, a BGP VPN's advertised prefixes (the CIDRs on its customer gateway). */
    private static List<Cidr> prefixes(NetworkModel m, VpnConnection v) {
        if (v.staticRoutesOnly()) {
            return v.staticRoutes();
        }
        CustomerGateway g = m.get(v.customerGatewayId(), CustomerGateway.class);
        return g == null ? List.of() : g.cidrs();
    }

    @Override
    public String findingsName() {
        return "VPN problems";
    }
}
