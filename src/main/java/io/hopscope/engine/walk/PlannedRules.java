package io.hopscope.engine.walk;

import io.hopscope.text.Text;
import io.hopscope.engine.ComponentKind;
import io.hopscope.engine.Decision;
import io.hopscope.engine.Direction;
import io.hopscope.engine.Hop;
import io.hopscope.engine.Packet;
import io.hopscope.engine.index.AclIndex;
import io.hopscope.engine.index.RouteIndex;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.PlanUnknowns;
import io.hopscope.model.RouteTargetKind;
import io.hopscope.model.SecurityGroup;
import io.hopscope.model.UnknownRules;

/**
 * [rulebook 12] Rule sets a Terraform plan knows only after apply: the hop there is UNKNOWN, never
 * the verdict of the rules known so far (an empty set would deny everything, which is a guess).
 * A route table whose routes are unknown still delivers inside the VPC by its local route.
 */
final class PlannedRules {
    private final PlanUnknowns unknowns;

    PlannedRules(PlanUnknowns unknowns) {
        this.unknowns = unknowns;
    }

    boolean none() {
        return unknowns.ruleSets().isEmpty();
    }

    /** The UNKNOWN hop of the first of the interface's groups whose rules on this side are unknown, or null. */
    Hop securityGroups(NetworkInterface eni, Packet p, boolean ingress, java.util.function.Function<String, SecurityGroup> groups) {
        if (none()) {
            return null;
        }
        for (String id : eni.securityGroupIds()) {
            UnknownRules u = unknowns.ruleSet(id, ingress ? UnknownRules.Side.INBOUND : UnknownRules.Side.OUTBOUND);
            if (u != null) {
                SecurityGroup g = groups.apply(id);
                return hop(ComponentKind.SECURITY_GROUP, id, g == null ? "" : g.name(), Direction.of(!ingress), p, u,
                        Text.of(ingress ? "planned.sg.inbound" : "planned.sg.outbound", g == null ? id : g.label()));
            }
        }
        return null;
    }

    Hop acl(AclIndex acl, Packet p, boolean egress) {
        if (none()) {
            return null;
        }
        UnknownRules u = unknowns.ruleSet(acl.acl().id(), egress ? UnknownRules.Side.OUTBOUND : UnknownRules.Side.INBOUND);
        return u == null ? null : hop(ComponentKind.NETWORK_ACL, acl.acl().id(), acl.acl().name(), Direction.of(egress), p, u,
                Text.of(egress ? "planned.acl.outbound" : "planned.acl.inbound", acl.acl().label()));
    }

    Hop routes(RouteIndex rt, Packet p) {
        if (none()) {
            return null;
        }
        UnknownRules u = unknowns.ruleSet(rt.table().id(), UnknownRules.Side.ROUTES);
        if (u == null) {
            return null;
        }
        RouteIndex.Entry e = rt.lookup(p.dst());
        if (e != null && e.route().targetKind() == RouteTargetKind.LOCAL) {
            return null;
        }
        return hop(ComponentKind.ROUTE_TABLE, rt.table().id(), rt.table().name(), null, p, u,
                Text.of("planned.routes", rt.table().label()));
    }

    private static Hop hop(ComponentKind kind, String id, String name, Direction d, Packet p, UnknownRules u, Text what) {
        return Hop.at(kind, id, name).direction(d).decided(Decision.UNKNOWN, p)
                .blocked("UNSUPPORTED_COMPONENT", "known-after-apply")
                .explained(Text.of("planned.unknown", what, u.address(), u.why(), p.describe()));
    }
}
