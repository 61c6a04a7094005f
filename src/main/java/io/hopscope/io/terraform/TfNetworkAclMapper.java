package io.hopscope.io.terraform;

import io.hopscope.text.Text;
import com.fasterxml.jackson.databind.JsonNode;
import io.hopscope.check.Severity;
import io.hopscope.io.aws.describe.AwsNetworkAcl;
import io.hopscope.io.aws.describe.AwsTag;
import io.hopscope.model.UnknownRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Network ACLs: inline rules, aws_network_acl_rule, aws_network_acl_association,
 * aws_default_network_acl, and the default ACL of each new VPC (allow all both ways). A subnet
 * named by no ACL stays on its VPC's default ACL, as in AWS.
 */
final class TfNetworkAclMapper {
    private final TfContext ctx;
    private final TfNetworkMapper net;
    private final Map<String, Acl> acls = new LinkedHashMap<>();
    private java.util.Set<String> separate = java.util.Set.of();

    private static final class Acl {
        String vpc;
        boolean isDefault;
        List<AwsTag> tags = List.of();
        TfResource source;
        final Set<String> subnets = new LinkedHashSet<>();
        final List<AwsNetworkAcl.Entry> entries = new ArrayList<>();
    }

    TfNetworkAclMapper(TfContext ctx, TfNetworkMapper net) {
        this.ctx = ctx;
        this.net = net;
    }

    void map() throws TfInputException {
        for (Map.Entry<String, TfResource> v : net.vpcs.entrySet()) {
            Acl a = acl(ctx.idAs(v.getValue(), TfKind.NETWORK_ACL), v.getValue());
            a.vpc = v.getKey();
            a.isDefault = true;
            a.tags = List.of(new AwsTag("Name", "default (" + v.getValue().text() + ")"));
            if (net.adopted.contains(v.getKey())) {
                for (UnknownRules.Side side : List.of(UnknownRules.Side.INBOUND, UnknownRules.Side.OUTBOUND)) {
                    ctx.unknownRules(ctx.idAs(v.getValue(), TfKind.NETWORK_ACL), side, v.getValue(),
                            "the VPC is made outside this configuration; its default network ACL is not in the data");
                }
                continue;
            }
            for (boolean egress : new boolean[] {false, true}) {
                a.entries.add(new AwsNetworkAcl.Entry(100, egress, "-1", "allow", "0.0.0.0/0", null, null, null));
            }
        }
        java.util.Set<String> separate = new java.util.HashSet<>();
        for (TfResource r : ctx.ofType("aws_network_acl_rule")) {
            separate.add(ctx.ref(r, "network_acl_id", TfKind.NETWORK_ACL));
        }
        this.separate = separate;
        for (String type : List.of("aws_default_network_acl", "aws_network_acl")) {
            for (TfResource r : ctx.ofType(type)) {
                inline(r, type.equals("aws_default_network_acl"));
            }
        }
        for (TfResource r : ctx.ofType("aws_network_acl_rule")) {
            String id = ctx.ref(r, "network_acl_id", TfKind.NETWORK_ACL);
            if (id == null) {
                ctx.note(Severity.ERROR, r, Text.of("import.tf.unresolved.ruleSkipped", "network_acl_id"));
                continue;
            }
            String at = r.path() + ".values";
            if (ctx.text(r, "cidr_block") == null && ctx.text(r, "ipv6_cidr_block") == null) {
                ctx.unknownRules(id, Boolean.TRUE.equals(ctx.bool(r, "egress")) ? UnknownRules.Side.OUTBOUND
                        : UnknownRules.Side.INBOUND, r, "the rule's CIDR block is known after apply");
                continue;
            }
            acl(id, r).entries.add(entry(r.values(), at, "rule_number", "rule_action", Boolean.TRUE.equals(ctx.bool(r, "egress"))));
        }
        for (TfResource r : ctx.ofType("aws_network_acl_association")) {
            String id = ctx.ref(r, "network_acl_id", TfKind.NETWORK_ACL);
            String subnet = ctx.ref(r, "subnet_id", TfKind.SUBNET);
            if (id == null || subnet == null) {
                ctx.note(Severity.ERROR, r, Text.of("import.tf.unresolved2.associationSkipped", "network_acl_id", "subnet_id"));
                continue;
            }
            moveSubnet(subnet, acl(id, r));
        }
        for (Map.Entry<String, Acl> e : acls.entrySet()) {
            Acl a = e.getValue();
            List<AwsNetworkAcl.Association> assoc = a.subnets.stream().map(AwsNetworkAcl.Association::new).toList();
            ctx.add(new AwsNetworkAcl(e.getKey(), a.vpc, a.isDefault, assoc, a.entries, a.tags), a.source);
        }
    }

    private Acl acl(String id, TfResource source) {
        return acls.computeIfAbsent(id, k -> {
            Acl a = new Acl();
            a.source = source;
            return a;
        });
    }

    /** A subnet is on one ACL: a later association takes it from the ACL that had it. */
    private void moveSubnet(String subnet, Acl to) {
        acls.values().forEach(a -> a.subnets.remove(subnet));
        to.subnets.add(subnet);
    }

    private void inline(TfResource r, boolean isDefault) throws TfInputException {
        String id;
        if (isDefault) {
            id = ctx.text(r, "default_network_acl_id");
            if (id == null) {
                List<TfResource> vpcs = ctx.config.targets(r, "default_network_acl_id");
                id = vpcs.isEmpty() ? null : ctx.idAs(vpcs.get(0), TfKind.NETWORK_ACL);
            }
            if (id == null) {
                ctx.note(Severity.ERROR, r, Text.of("import.tf.unresolved.skipped", "default_network_acl_id"));
                return;
            }
        } else {
            id = ctx.id(r);
        }
        Acl a = acl(id, r);
        a.source = r;
        a.isDefault = isDefault;
        if (!isDefault) {
            a.vpc = ctx.ref(r, "vpc_id", TfKind.VPC);
        } else if (a.vpc == null) {
            a.vpc = ctx.ref(r, "vpc_id", TfKind.VPC);
        }
        a.tags = ctx.tags(r);
        a.entries.clear();
        for (String subnet : ctx.refs(r, "subnet_ids", TfKind.SUBNET)) {
            moveSubnet(subnet, a);
        }
        for (String side : List.of("ingress", "egress")) {
            boolean egress = side.equals("egress");
            if (r.isUnknown(side) || TfRuleSets.masksUnknown(r.unknown().get(side))) {
                if (TfRuleSets.inlineUnused(ctx, r, side, separate.contains(id))) {
                    continue;
                }
                ctx.unknownRules(id, egress ? UnknownRules.Side.OUTBOUND : UnknownRules.Side.INBOUND, r,
                        "\"" + side + "\" is known after apply");
                continue;
            }
            for (Map.Entry<String, JsonNode> b : TfValues.blocks(r.values(), side, r.path() + ".values")) {
                a.entries.add(entry(b.getValue(), b.getKey(), "rule_no", "action", egress));
            }
        }
    }

    private static AwsNetworkAcl.Entry entry(JsonNode o, String at, String numberField, String actionField, boolean egress)
            throws TfInputException {
        Integer number = TfContext.integer(o, numberField, at);
        String action = TfContext.text(o, actionField, at);
        String protocol = TfContext.text(o, "protocol", at);
        if (number == null || action == null || protocol == null) {
            throw new TfInputException(at + ": a network ACL rule needs " + numberField + ", " + actionField
                    + " and protocol");
        }
        String cidr = TfContext.text(o, "cidr_block", at);
        String cidr6 = TfContext.text(o, "ipv6_cidr_block", at);
        Integer from = TfContext.integer(o, "from_port", at);
        Integer to = TfContext.integer(o, "to_port", at);
        Integer type = TfContext.integer(o, "icmp_type", at);
        Integer code = TfContext.integer(o, "icmp_code", at);
        return new AwsNetworkAcl.Entry(number, egress, protocol, action.toLowerCase(java.util.Locale.ROOT),
                cidr == null || cidr.isEmpty() ? null : cidr, cidr6 == null || cidr6.isEmpty() ? null : cidr6,
                new AwsNetworkAcl.PortRange(from, to), new AwsNetworkAcl.IcmpTypeCode(type, code));
    }
}
