package io.hopscope.check;

import io.hopscope.text.Text;
import io.hopscope.model.InternetGateway;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Resource;
import io.hopscope.model.Route;
import io.hopscope.model.RouteTable;
import io.hopscope.model.RouteTargetKind;
import io.hopscope.model.VpcPeeringConnection;
import io.hopscope.model.Vpc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A route can only target a gateway, NAT, endpoint or interface of its own VPC, or a peering
 * that touches its VPC [RT][PCX]; a VPC has at most one internet gateway attached [Q].
 */
public final class RouteTargetVpcRule implements ModelRule {

    @Override
    public void check(NetworkModel m, Findings f) {
        Map<String, List<InternetGateway>> igwsByVpc = new HashMap<>();
        for (InternetGateway g : m.internetGateways()) {
            if (g.vpcId() != null) {
                igwsByVpc.computeIfAbsent(g.vpcId(), k -> new ArrayList<>()).add(g);
            }
        }
        for (Vpc v : m.vpcs()) {
            List<InternetGateway> igws = igwsByVpc.getOrDefault(v.id(), List.of());
            for (int i = 1; i < igws.size(); i++) {
                f.error(igws.get(i), ".vpc", Text.of("check.igw.second", v.label(), igws.get(0).label()));
            }
        }
        for (RouteTable t : m.routeTables()) {
            for (int i = 0; i < t.routes().size(); i++) {
                Route r = t.routes().get(i);
                if (r.targetKind() == RouteTargetKind.LOCAL || r.targetKind() == RouteTargetKind.TRANSIT_GATEWAY
                        || r.blackhole()) {
                    continue;
                }
                Resource target = m.find(r.targetId()).orElse(null);
                if (target == null || t.vpcId() == null) {
                    continue; // reported by ReferencesRule
                }
                check(m, f, t, ".routes[" + i + "].target", r, target);
            }
        }
    }

    @Override
    public String findingsName() {
        return "route target problems";
    }

    private static void check(NetworkModel m, Findings f, RouteTable t, String at, Route r, Resource target) {
        if (target instanceof VpcPeeringConnection p) {
            if (p.peerOf(t.vpcId()) == null) {
                f.error(t, at, Text.of("check.route.peeringVpc", r.destinationText(),
                        p.label(), t.vpcId()));
            }
            return;
        }
        String targetVpc = m.vpcIdOf(target);
        if (targetVpc == null && target instanceof InternetGateway) {
            f.error(t, at, Text.of("check.route.igwDetached", r.destinationText(), target.label()));
        } else if (targetVpc != null && !targetVpc.equals(t.vpcId())) {
            String key = target instanceof InternetGateway ? "check.route.otherVpc.attached" : "check.route.otherVpc.in";
            f.error(t, at, Text.of(key, r.destinationText(), Findings.described(target), targetVpc, t.vpcId()));
        }
    }
}
