package io.hopscope.engine.fix;

import io.hopscope.edit.AddSecurityGroupRuleEdit;
import io.hopscope.edit.Edit;
import io.hopscope.engine.Hop;
import io.hopscope.engine.Direction;
import io.hopscope.engine.ComponentKind;
import io.hopscope.engine.Packet;
import io.hopscope.model.SgPeer;
import io.hopscope.model.SgRule;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IcmpMatch;
import io.hopscope.model.net.PortRange;

import java.util.List;

/**
 * One allow rule for exactly this traffic from (or to) exactly the peer address, on the ENI's first
 * group: the rules of all groups are aggregated, so any one of them will do [SGR].
 */
final class SecurityGroupFix {

    List<Edit> suggest(Hop hop) {
        String sgId = hop.kind() == ComponentKind.SECURITY_GROUP ? hop.componentId()
                : hop.groups().isEmpty() ? null : hop.groups().get(0);
        if (sgId == null) {
            return List.of();
        }
        boolean inbound = hop.direction() == Direction.INGRESS;
        Packet p = hop.packet();
        PortRange ports = p.hasPorts() ? PortRange.single(p.dstPort()) : null;
        IcmpMatch icmp = p.isIcmp() ? new IcmpMatch(p.icmpType(), -1) : null;
        Cidr peer = Cidr.host(inbound ? p.src() : p.dst());
        SgRule rule = new SgRule(p.protocol(), ports, icmp, SgPeer.cidr(peer), "suggested by Hopscope");
        return List.of(new AddSecurityGroupRuleEdit(sgId, inbound, rule));
    }
}
