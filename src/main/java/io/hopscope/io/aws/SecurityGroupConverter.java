package io.hopscope.io.aws;

import io.hopscope.text.Text;
import io.hopscope.io.aws.describe.AwsSecurityGroup;
import io.hopscope.io.aws.describe.AwsSnapshot;
import io.hopscope.io.aws.describe.AwsTag;
import io.hopscope.io.aws.describe.Sourced;
import io.hopscope.model.SecurityGroup;
import io.hopscope.model.SgPeer;
import io.hopscope.model.SgRule;
import io.hopscope.model.Vpc;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IcmpMatch;
import io.hopscope.model.net.PortRange;
import io.hopscope.model.net.Protocol;
import java.util.ArrayList;
import java.util.List;

/**
 * Security groups. One AWS IpPermission lists several peers (IpRanges, Ipv6Ranges, UserIdGroupPairs,
 * PrefixListIds) for one protocol and port range; each peer becomes its own {@link SgRule} so a
 * trace can name the exact peer that matched [SGR]. Group references are checked after all groups
 * are read (a group may reference one later in the file or in a peered VPC).
 */
final class SecurityGroupConverter {

    private final AwsSnapshot snapshot;
    private final ImportContext ctx;

    SecurityGroupConverter(AwsSnapshot snapshot, ImportContext ctx) {
        this.snapshot = snapshot;
        this.ctx = ctx;
    }

    /** Both passes, in order, on this thread. */
    void convert() {
        withRules(groups()).forEach(ctx::replace);
    }

    /** First pass: each group without its rules; the records whose group was added. */
    List<Sourced<AwsSecurityGroup>> groups() {
        List<Sourced<AwsSecurityGroup>> kept = new ArrayList<>();
        for (Sourced<AwsSecurityGroup> s : snapshot.all(AwsSecurityGroup.class)) {
            AwsSecurityGroup g = s.value();
            if (ctx.missingId(s, "GroupId", g.groupId())) {
                continue;
            }
            if (ctx.get(g.vpcId(), Vpc.class) == null) {
                ctx.error(s, "VpcId", Text.of("import.aws.securityGroup.unknownVpc", g.vpcId(), g.groupId()),
                        g.groupId());
                continue;
            }
            String name = AwsTag.nameOf(g.tags());
            SecurityGroup sg = new SecurityGroup(g.groupId(), name != null ? name : g.groupName(), g.vpcId(),
                    g.description(), List.of(), List.of());
            if (ctx.add(sg, s)) {
                kept.add(s);
            }
        }
        return kept;
    }

    /**
     * Second pass: the kept groups with their rules, in the same order, for the caller to put in
     * place of the rule-less ones. Rules may reference any group of the snapshot. It adds a
     * resource to the context only for a prefix list no file describes (see {@link #addsNothing}).
     */
    List<SecurityGroup> withRules(List<Sourced<AwsSecurityGroup>> kept) {
        List<SecurityGroup> out = new ArrayList<>(kept.size());
        for (Sourced<AwsSecurityGroup> s : kept) {
            out.add(withRules(s));
        }
        return out;
    }

    private SecurityGroup withRules(Sourced<AwsSecurityGroup> s) {
        AwsSecurityGroup g = s.value();
        SecurityGroup sg = ctx.get(g.groupId(), SecurityGroup.class);
        return sg.withInbound(rules(s, "IpPermissions", g.ipPermissions(), g.groupId()))
                .withOutbound(rules(s, "IpPermissionsEgress", g.ipPermissionsEgress(), g.groupId()));
    }

    /**
     * Whether the rules pass over {@code kept} only looks the context up and reports problems:
     * true unless a rule names a prefix list not imported yet, which that pass adds as it goes.
     */
    boolean addsNothing(List<Sourced<AwsSecurityGroup>> kept) {
        for (Sourced<AwsSecurityGroup> s : kept) {
            if (namesUnknownPrefixList(s.value().ipPermissions()) || namesUnknownPrefixList(s.value().ipPermissionsEgress())) {
                return false;
            }
        }
        return true;
    }

    private boolean namesUnknownPrefixList(List<AwsSecurityGroup.IpPermission> permissions) {
        for (int i = 0; i < permissions.size(); i++) {
            List<AwsSecurityGroup.PrefixListIdRef> lists = permissions.get(i).prefixListIds();
            for (int j = 0; j < lists.size(); j++) {
                String id = lists.get(j).prefixListId();
                if (id != null && !ctx.has(id)) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<SgRule> rules(Sourced<?> s, String field, List<AwsSecurityGroup.IpPermission> permissions, String sgId) {
        List<SgRule> rules = new ArrayList<>();
        for (int i = 0; i < permissions.size(); i++) {
            // One call per permission, so C1 compiles this early (it compiles a loop only after 60,000 turns).
            permission(s, field, i, permissions.get(i), sgId, rules);
        }
        return rules;
    }

    /** The rules of permission {@code i}, one per peer, added to {@code rules}. */
    private void permission(Sourced<?> s, String field, int i, AwsSecurityGroup.IpPermission p, String sgId,
                            List<SgRule> rules) {
        // The JSON paths below are only spelled out for a problem: an account has tens of thousands of rules.
        Protocol protocol;
        try {
            protocol = Protocol.parse(p.ipProtocol());
        } catch (IllegalArgumentException e) {
            ctx.error(s, field + "[" + i + "].IpProtocol", Text.of("import.aws.securityGroup.badProtocol", RuleValueTexts.protocol(p.ipProtocol())), sgId);
            return;
        }
        PortRange ports = null;
        IcmpMatch icmp = null;
        try {
            if (protocol.hasPorts()) {
                ports = ports(p.fromPort(), p.toPort());
            } else if (protocol.isIcmp()) {
                // [SGR] icmp rules carry the type in FromPort and the code in ToPort, -1 = any
                icmp = new IcmpMatch(p.fromPort() == null ? -1 : p.fromPort(), p.toPort() == null ? -1 : p.toPort());
            }
        } catch (IllegalArgumentException e) {
            Text why = protocol.hasPorts() ? RuleValueTexts.ports(p.fromPort(), p.toPort())
                    : RuleValueTexts.icmp(p.fromPort() == null ? -1 : p.fromPort(), p.toPort() == null ? -1 : p.toPort());
            ctx.error(s, field + "[" + i + "].FromPort", Text.of("import.aws.securityGroup.badPorts", why), sgId);
            return;
        }
        for (int j = 0; j < p.ipRanges().size(); j++) {
            AwsSecurityGroup.IpRange r = p.ipRanges().get(j);
            Cidr c = ctx.parsedCidr(r.cidrIp());
            if (c == null) {
                c = ctx.cidr(s, field + "[" + i + "].IpRanges[" + j + "].CidrIp", r.cidrIp(), Text.of("import.aws.then.ruleSkipped"), sgId);
            }
            if (c != null) {
                rules.add(new SgRule(protocol, ports, icmp, SgPeer.cidr(c), r.description()));
            }
        }
        for (int j = 0; j < p.ipv6Ranges().size(); j++) {
            AwsSecurityGroup.Ipv6Range r = p.ipv6Ranges().get(j);
            Cidr c = ctx.parsedCidr(r.cidrIpv6());
            if (c == null) {
                c = ctx.cidr(s, field + "[" + i + "].Ipv6Ranges[" + j + "].CidrIpv6", r.cidrIpv6(), Text.of("import.aws.then.ruleSkipped"), sgId);
            }
            if (c != null) {
                rules.add(new SgRule(protocol, ports, icmp, SgPeer.cidr(c), r.description()));
            }
        }
        for (int j = 0; j < p.userIdGroupPairs().size(); j++) {
            AwsSecurityGroup.UserIdGroupPair pair = p.userIdGroupPairs().get(j);
            if (pair.groupId() == null) {
                ctx.error(s, field + "[" + i + "].UserIdGroupPairs[" + j + "].GroupId", Text.of("import.aws.securityGroup.missingGroupId"), sgId);
                continue;
            }
            if (!ctx.has(pair.groupId())) {
                String ref = field + "[" + i + "].UserIdGroupPairs[" + j + "].GroupId";
                // Legit for a group of another account; it matches no interface we know.
                ctx.warning(s, ref, Text.of("import.aws.securityGroup.unknownGroup", pair.groupId()), sgId);
            }
            rules.add(new SgRule(protocol, ports, icmp, SgPeer.group(pair.groupId()), pair.description()));
        }
        for (int j = 0; j < p.prefixListIds().size(); j++) {
            AwsSecurityGroup.PrefixListIdRef pl = p.prefixListIds().get(j);
            String ref = field + "[" + i + "].PrefixListIds[" + j + "].PrefixListId";
            if (pl.prefixListId() == null) {
                ctx.error(s, ref, Text.of("import.aws.securityGroup.missingPrefixListId"), sgId);
                continue;
            }
            if (!ctx.has(pl.prefixListId())) {
                ctx.warning(s, ref, Text.of("import.aws.securityGroup.unknownPrefixList", pl.prefixListId()), sgId);
                ctx.add(ImportContext.unknownPrefixList(pl.prefixListId()), s);
            }
            rules.add(new SgRule(protocol, ports, icmp, SgPeer.prefixList(pl.prefixListId()), pl.description()));
        }
    }

    /** tcp/udp ports; a missing or -1 bound means all ports (AWS prints -1 with protocol "-1"). */
    static PortRange ports(Integer from, Integer to) {
        if (from == null || to == null || from == -1 || to == -1) {
            return PortRange.ALL;
        }
        return new PortRange(from, to);
    }
}
