package io.hopscope.engine.eval;

import io.hopscope.text.Text;
import io.hopscope.engine.ComponentKind;
import io.hopscope.engine.Decision;
import io.hopscope.engine.Direction;
import io.hopscope.engine.Hop;
import io.hopscope.engine.Packet;
import io.hopscope.engine.index.ModelIndex;
import io.hopscope.model.Vpc;
import io.hopscope.model.VpcPeeringConnection;

import java.util.List;

/**
 * VPC peering: only an active connection carries traffic; it only delivers packets whose
 * destination lies in the peer VPC's CIDRs and whose source lies in the local VPC's, which is why
 * peering is not transitive and allows no edge-to-edge use of the peer's gateways [PCX][RA].
 */
public final class PeeringEvaluator {
    /** The hop and, when it passes, the VPC the packet enters. */
    public record Result(Hop hop, String peerVpcId) {
    }

    private final ModelIndex index;

    public PeeringEvaluator(ModelIndex index) {
        this.index = index;
    }

    public Result cross(VpcPeeringConnection pcx, String fromVpcId, Packet p) {
        String peerVpcId = pcx.peerOf(fromVpcId);
        if (!pcx.isActive()) {
            return drop(pcx, p, "BAD_STATE_ROUTE", "blackhole", Text.of("pcx.notActive", pcx.label(), pcx.status()));
        }
        if (peerVpcId == null) {
            return drop(pcx, p, "PCX_REQUIRES_ADDRESS_IN_VPC_CIDR", "not-attached",
                    Text.of("pcx.notThisVpc", pcx.label()));
        }
        Vpc peer = index.vpc(peerVpcId);
        Vpc local = index.vpc(fromVpcId);
        if (peer == null || !peer.contains(p.dst())) {
            return drop(pcx, p, "PCX_REQUIRES_ADDRESS_IN_VPC_CIDR", "destination-not-in-peer-cidr",
                    Text.of("pcx.notInPeer", pcx.label(), peer == null ? peerVpcId : peer.label() + " " + peer.ipv4Cidrs(),
                            p.dst()));
        }
        if (local != null && !local.contains(p.src())) {
            return drop(pcx, p, "PCX_REQUIRES_ADDRESS_IN_VPC_CIDR", "source-not-in-vpc-cidr",
                    Text.of("pcx.sourceOutside", pcx.label(), p.src()));
        }
        return new Result(Hop.at(ComponentKind.VPC_PEERING_CONNECTION, pcx.id(), pcx.name())
                .decided(Decision.FORWARD, p)
                .explained(Text.of("pcx.carries", pcx.label(), peer.label())), peerVpcId);
    }

    private Result drop(VpcPeeringConnection pcx, Packet p, String code, String reason, Text text) {
        return new Result(Hop.at(ComponentKind.VPC_PEERING_CONNECTION, pcx.id(), pcx.name()).decided(Decision.DROP, p)
                .blocked(code, reason)
                .explained(text), null);
    }
}
