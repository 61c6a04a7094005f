package io.hopscope.engine.eval;

import io.hopscope.text.Text;
import io.hopscope.engine.ComponentKind;
import io.hopscope.engine.Decision;
import io.hopscope.engine.Direction;
import io.hopscope.engine.Hop;
import io.hopscope.engine.Packet;
import io.hopscope.engine.index.ModelIndex;
import io.hopscope.model.VpcEndpoint;
import io.hopscope.model.net.IcmpMatch;

import java.util.List;

/**
 * Gateway endpoint (S3/DynamoDB): reached through a prefix-list route, carries only TCP and ICMP
 * echo, only for the VPC's own subnets, never across peering or VPN [GWE][PCX][RA]. Its policy is
 * an IAM check on API requests, not a packet filter, so it is not evaluated here.
 */
public final class GatewayEndpointEvaluator {
    private final ModelIndex index;

    public GatewayEndpointEvaluator(ModelIndex index) {
        this.index = index;
    }

    public GatewayResult egress(VpcEndpoint vpce, String vpcId, Packet p) {
        if (!"available".equalsIgnoreCase(vpce.state())) {
            return drop(vpce, p, Direction.EGRESS, "BAD_STATE", "blackhole",
                    Text.of("vpce.notAvailable", vpce.label(), vpce.state()));
        }
        if (!carries(p)) {
            return drop(vpce, p, Direction.EGRESS, "VPCE_GATEWAY_PROTOCOL_RESTRICTION", "protocol-not-supported",
                    Text.of("vpce.protocol", vpce.label(), RuleMatch.trafficText(p)));
        }
        if (!vpce.vpcId().equals(vpcId) || !index.vpc(vpcId).contains(p.src())) {
            return drop(vpce, p, Direction.EGRESS, "VPCE_GATEWAY_PROTOCOL_RESTRICTION", "source-not-in-vpc",
                    Text.of("vpce.ownVpcOnly", vpce.label()));
        }
        return new GatewayResult(Hop.at(ComponentKind.VPC_ENDPOINT, vpce.id(), vpce.name())
                .direction(Direction.EGRESS).decided(Decision.FORWARD, p)
                .explained(Text.of("vpce.carries", vpce.label(),
                        vpce.serviceName().isEmpty() ? Text.of("vpce.theService") : vpce.serviceName())), p);
    }

    /** The service's reply comes back through the endpoint the request used. */
    public GatewayResult ingress(VpcEndpoint vpce, Packet p) {
        if (!carries(p)) {
            return drop(vpce, p, Direction.INGRESS, "VPCE_GATEWAY_PROTOCOL_RESTRICTION", "protocol-not-supported",
                    Text.of("vpce.protocolReply", vpce.label()));
        }
        return new GatewayResult(Hop.at(ComponentKind.VPC_ENDPOINT, vpce.id(), vpce.name())
                .direction(Direction.INGRESS).decided(Decision.FORWARD, p)
                .explained(Text.of("vpce.reply", vpce.label())), p);
    }

    private static boolean carries(Packet p) {
        int n = p.protocol().number();
        if (n == 6) {
            return true;
        }
        if (n == 1 && p.icmpType() != null) {
            return p.icmpType() == IcmpMatch.ECHO_REQUEST || p.icmpType() == IcmpMatch.ECHO_REPLY;
        }
        return false;
    }

    private GatewayResult drop(VpcEndpoint vpce, Packet p, Direction dir, String code, String reason, Text text) {
        return new GatewayResult(Hop.at(ComponentKind.VPC_ENDPOINT, vpce.id(), vpce.name()).direction(dir)
                .decided(Decision.DROP, p).blocked(code, reason)
                .explained(text), p);
    }
}
