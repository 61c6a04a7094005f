package io.hopscope.engine.fix;

import io.hopscope.edit.Edit;
import io.hopscope.engine.Hop;
import io.hopscope.engine.RuleRef;
import io.hopscope.engine.ResolvedQuery;
import io.hopscope.engine.Trace;
import io.hopscope.engine.index.ModelIndex;

import java.util.List;

/**
 * For each blocking hop, the smallest configuration change that lets the packet pass, as an
 * {@link Edit}. Blocks no single change can lift (a gateway endpoint will never carry UDP, a NAT never
 * accepts inbound connections) get no fix; a peering that is not transitive gets a direct peering.
 */
public final class FixSuggester {
    private final AclFix acl;
    private final SecurityGroupFix sg;
    private final RouteFix route;
    private final PublicIpFix publicIp;
    private final PeeringFix peering;
    private final PortRangeFix portRanges;

    public FixSuggester(ModelIndex index) {
        this.acl = new AclFix(index);
        this.sg = new SecurityGroupFix(index);
        this.route = new RouteFix(index);
        this.publicIp = new PublicIpFix(index);
        this.peering = new PeeringFix(index);
        this.portRanges = new PortRangeFix(index);
    }

    public List<Edit> suggest(Hop hop, boolean onReply, ResolvedQuery query) {
        return switch (hop.kind()) {
            case NETWORK_ACL -> acl.suggest(hop, onReply);
            case SECURITY_GROUP, NETWORK_INTERFACE ->
                    hop.ruleRef().kind() == RuleRef.Kind.NO_MATCHING_RULE ? sg.suggest(hop) : List.of();
            case ROUTE_TABLE -> route.suggest(hop);
            case NAT_GATEWAY -> "asymmetric-route".equals(hop.reason()) ? route.replyPastNat(hop) : List.of();
            case INTERNET_GATEWAY -> "no-public-ip".equals(hop.reason()) ? publicIp.suggest(hop) : List.of();
            case VPC_PEERING_CONNECTION ->
                    "destination-not-in-peer-cidr".equals(hop.reason()) ? peering.suggest(hop) : List.of();
            default -> List.of();
        };
    }

    /**
     * For a PORT_DEPENDENT trace, no hop blocks the packet shown, so no blocker carries a fix: widen
     * the NACL entry that splits the client's (or the NAT's) port range instead.
     */
    public List<Edit> forPortRange(Trace trace) {
        return portRanges.suggest(trace);
    }
}
