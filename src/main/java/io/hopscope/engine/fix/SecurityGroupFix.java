package io.hopscope.engine.fix;

import io.hopscope.edit.AddSecurityGroupRuleEdit;
import io.hopscope.edit.Edit;
import io.hopscope.engine.ComponentKind;
import io.hopscope.engine.Direction;
import io.hopscope.engine.Hop;
import io.hopscope.engine.Packet;
import io.hopscope.engine.index.ModelIndex;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.SecurityGroup;
import io.hopscope.model.SgPeer;
import io.hopscope.model.SgRule;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IcmpMatch;
import io.hopscope.model.net.IpAddress;
import io.hopscope.model.net.PortRange;

import java.util.List;
import java.util.Objects;

/**
 * One allow rule for exactly this traffic on the ENI's first group: the rules of all groups are
 * aggregated, so any one of them will do [SGR]. The peer is the other side's security group when
 * its interface has one this group may reference (same VPC, or an active same-Region peering
 * [SGR][PCX]), as AWS advises for tiers (ALB -> app -> DB): the rule then follows the members
 * through scaling and address changes. Only a peer outside the model, or reached by its public or
 * translated address (a group reference matches private IPs only), gets its /32 address.
 */
final class SecurityGroupFix {
    private final ModelIndex index;

    SecurityGroupFix(ModelIndex index) {
        this.index = index;
    }

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
        IpAddress other = inbound ? p.src() : p.dst();
        SecurityGroup group = index.securityGroup(sgId);
        String peerGroup = group == null ? null : referenceableGroupOf(other, group.vpcId());
        SgPeer peer = peerGroup != null ? SgPeer.group(peerGroup) : SgPeer.cidr(Cidr.host(other));
        SgRule rule = new SgRule(p.protocol(), ports, icmp, peer, "suggested by Hopscope");
        return List.of(new AddSecurityGroupRuleEdit(sgId, inbound, rule));
    }

    /** A group of the interface holding private address {@code ip} that a group in {@code vpcId} can name, or null. */
    private String referenceableGroupOf(IpAddress ip, String vpcId) {
        for (NetworkInterface eni : index.enisByPrivateIp(ip)) {
            String eniVpc = index.vpcOfEni(eni);
            if (eniVpc == null || !(eniVpc.equals(vpcId) || index.activeSameRegionPeering(vpcId, eniVpc))) {
                continue;
            }
            for (String id : eni.securityGroupIds()) {
                SecurityGroup g = index.securityGroup(id);
                if (g != null && Objects.equals(g.vpcId(), eniVpc) && index.isSgMember(id, ip)) {
                    return id;
                }
            }
        }
        return null;
    }
}
