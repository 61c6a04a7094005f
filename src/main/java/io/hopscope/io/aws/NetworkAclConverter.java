package io.hopscope.io.aws;

import io.hopscope.text.Text;
import io.hopscope.io.aws.describe.AwsNetworkAcl;
import io.hopscope.io.aws.describe.AwsSnapshot;
import io.hopscope.io.aws.describe.AwsTag;
import io.hopscope.io.aws.describe.Sourced;
import io.hopscope.model.AclEntry;
import io.hopscope.model.NetworkAcl;
import io.hopscope.model.RuleAction;
import io.hopscope.model.Subnet;
import io.hopscope.model.Vpc;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IcmpMatch;
import io.hopscope.model.net.PortRange;
import io.hopscope.model.net.Protocol;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Network ACLs. The API lists the final {@code *} rules as 32767 (IPv4) and 32768 (IPv6); they are
 * implicit in the model and not stored [NACL]. Each subnet is on exactly one NACL; a second
 * association for the same subnet is reported and ignored.
 */
final class NetworkAclConverter {

    private static final int IPV4_DEFAULT_RULE = 32767;
    private static final int IPV6_DEFAULT_RULE = 32768;

    private final AwsSnapshot snapshot;
    private final ImportContext ctx;

    NetworkAclConverter(AwsSnapshot snapshot, ImportContext ctx) {
        this.snapshot = snapshot;
        this.ctx = ctx;
    }

    void convert() {
        Map<String, String> aclOfSubnet = new HashMap<>();
        for (Sourced<AwsNetworkAcl> s : snapshot.all(AwsNetworkAcl.class)) {
            AwsNetworkAcl a = s.value();
            if (ctx.missingId(s, "NetworkAclId", a.networkAclId())) {
                continue;
            }
            if (ctx.get(a.vpcId(), Vpc.class) == null) {
                ctx.error(s, "VpcId", Text.of("import.aws.networkAcl.unknownVpc", a.vpcId(), a.networkAclId()),
                        a.networkAclId());
                continue;
            }
            List<String> subnets = new ArrayList<>();
            for (int i = 0; i < a.associations().size(); i++) {
                String subnetId = a.associations().get(i).subnetId();
                String field = "Associations[" + i + "].SubnetId";
                Subnet subnet = ctx.get(subnetId, Subnet.class);
                if (subnet == null) {
                    ctx.error(s, field, Text.of("import.aws.networkAcl.unknownSubnet", subnetId), a.networkAclId());
                } else if (!subnet.vpcId().equals(a.vpcId())) {
                    ctx.error(s, field, Text.of("import.aws.networkAcl.subnetInOtherVpc", subnetId, subnet.vpcId(), a.vpcId()), a.networkAclId());
                } else if (aclOfSubnet.containsKey(subnetId)) {
                    ctx.error(s, field, Text.of("import.aws.networkAcl.subnetAssociated", subnetId, aclOfSubnet.get(subnetId)), a.networkAclId());
                } else {
                    aclOfSubnet.put(subnetId, a.networkAclId());
                    subnets.add(subnetId);
                }
            }
            List<AclEntry> entries = new ArrayList<>();
            for (int i = 0; i < a.entries().size(); i++) {
                AclEntry e = entry(s, "Entries[" + i + "]", a.entries().get(i), a.networkAclId());
                if (e != null) {
                    entries.add(e);
                }
            }
            ctx.add(new NetworkAcl(a.networkAclId(), AwsTag.nameOf(a.tags()), a.vpcId(),
                    Boolean.TRUE.equals(a.isDefault()), subnets, entries), s);
        }
    }

    private AclEntry entry(Sourced<?> s, String at, AwsNetworkAcl.Entry e, String aclId) {
        if (e.ruleNumber() == null) {
            ctx.error(s, at + ".RuleNumber", Text.of("import.aws.networkAcl.missingRuleNumber"), aclId);
            return null;
        }
        int number = e.ruleNumber();
        if (number == IPV4_DEFAULT_RULE || number == IPV6_DEFAULT_RULE) {
            return null;
        }
        if (number < AclEntry.MIN_RULE_NUMBER || number > AclEntry.MAX_RULE_NUMBER) {
            ctx.error(s, at + ".RuleNumber", Text.of("import.aws.networkAcl.ruleNumberRange", number), aclId);
            return null;
        }
        Protocol protocol;
        try {
            protocol = Protocol.parse(e.protocol());
        } catch (IllegalArgumentException ex) {
            ctx.error(s, at + ".Protocol", Text.of("import.aws.networkAcl.badProtocol", RuleValueTexts.protocol(e.protocol())), aclId);
            return null;
        }
        RuleAction action;
        String actionText = e.ruleAction() == null ? "" : e.ruleAction().toLowerCase(Locale.ROOT);
        if (actionText.equals("allow")) {
            action = RuleAction.ALLOW;
        } else if (actionText.equals("deny")) {
            action = RuleAction.DENY;
        } else {
            ctx.error(s, at + ".RuleAction", Text.of("import.aws.networkAcl.badAction", e.ruleAction()),
                    aclId);
            return null;
        }
        boolean ipv6 = e.cidrBlock() == null && e.ipv6CidrBlock() != null;
        Cidr cidr = ctx.cidr(s, at + (ipv6 ? ".Ipv6CidrBlock" : ".CidrBlock"), ipv6 ? e.ipv6CidrBlock() : e.cidrBlock(),
                Text.of("import.aws.then.entrySkipped"), aclId);
        if (cidr == null) {
            return null;
        }
        PortRange ports = null;
        IcmpMatch icmp = null;
        try {
            if (protocol.hasPorts()) {
                ports = e.portRange() == null ? PortRange.ALL
                        : SecurityGroupConverter.ports(e.portRange().from(), e.portRange().to());
            } else if (protocol.isIcmp()) {
                AwsNetworkAcl.IcmpTypeCode tc = e.icmpTypeCode();
                icmp = tc == null ? IcmpMatch.ANY
                        : new IcmpMatch(tc.type() == null ? -1 : tc.type(), tc.code() == null ? -1 : tc.code());
            }
        } catch (IllegalArgumentException ex) {
            Text why = protocol.hasPorts() ? RuleValueTexts.ports(e.portRange().from(), e.portRange().to())
                    : RuleValueTexts.icmp(e.icmpTypeCode().type() == null ? -1 : e.icmpTypeCode().type(),
                            e.icmpTypeCode().code() == null ? -1 : e.icmpTypeCode().code());
            ctx.error(s, at + (protocol.hasPorts() ? ".PortRange" : ".IcmpTypeCode"), Text.of("import.aws.networkAcl.badPorts", why),
                    aclId);
            return null;
        }
        return new AclEntry(number, Boolean.TRUE.equals(e.egress()), protocol, ports, icmp, cidr, action);
    }
}
