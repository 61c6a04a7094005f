package io.hopscope.engine.fix;

import io.hopscope.edit.Edit;
import io.hopscope.engine.Hop;
import io.hopscope.engine.ResolvedQuery;
import io.hopscope.engine.index.ModelIndex;

import java.util.List;

/**
 * For each blocking hop, the smallest configuration change that lets the packet pass, as an
 * {@link Edit}. Blocks no single change can lift (peering is not transitive, a gateway endpoint
 * will never carry UDP, a NAT never accepts inbound connections) get no fix.
 */
public final class FixSuggester {
    private final AclFix acl;
    private final SecurityGroupFix sg;
    private final RouteFix route;
    private final PublicIpFix publicIp;

    public FixSuggester(ModelIndex index) {
        this.acl = new AclFix(index);
        this.sg = new SecurityGroupFix();
        this.route = new RouteFix(index);
        this.publicIp = new PublicIpFix(index);
    }

    public List<Edit> suggest(Hop hop, boolean onReply, ResolvedQuery query) {
        switch (hop.componentType()) {
            case "network-acl":
                return acl.suggest(hop, onReply);
            case "security-group":
            case "network-interface":
                return "no-matching-rule".equals(hop.reason()) ? sg.suggest(hop) : List.of();
            case "route-table":
                return route.suggest(hop);
            case "nat-gateway":
                return "asymmetric-route".equals(hop.reason()) ? route.replyPastNat(hop) : List.of();
            case "internet-gateway":
                return "no-public-ip".equals(hop.reason()) ? publicIp.suggest(hop) : List.of();
            default:
                return List.of();
        }
    }
}
