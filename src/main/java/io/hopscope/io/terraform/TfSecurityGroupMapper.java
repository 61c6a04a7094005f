package io.hopscope.io.terraform;

import io.hopscope.text.Text;
import com.fasterxml.jackson.databind.JsonNode;
import io.hopscope.check.Severity;
import io.hopscope.io.aws.describe.AwsSecurityGroup;
import io.hopscope.io.aws.describe.AwsSecurityGroup.IpPermission;
import io.hopscope.io.aws.describe.AwsTag;
import io.hopscope.model.UnknownRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Security groups from every way Terraform writes their rules: inline blocks, aws_security_group_rule,
 * the provider v5 aws_vpc_security_group_ingress_rule / egress_rule, aws_default_security_group,
 * and the default group AWS gives each new VPC (all from itself in, all out). A rule set the plan
 * knows only after apply is an unknown rule set, not an empty one.
 */
final class TfSecurityGroupMapper {
    private final TfContext ctx;
    private final TfNetworkMapper net;
    private final Map<String, Group> groups = new LinkedHashMap<>();
    /** Groups that separate rule resources write to: their inline rules are empty by Terraform's rule. */
    private final java.util.Set<String> separate = new java.util.HashSet<>();

    private static final class Group {
        String name;
        String description = "";
        String vpc;
        List<AwsTag> tags = List.of();
        TfResource source;
        final List<IpPermission> in = new ArrayList<>();
        final List<IpPermission> out = new ArrayList<>();
    }

    TfSecurityGroupMapper(TfContext ctx, TfNetworkMapper net) {
        this.ctx = ctx;
        this.net = net;
    }

    void map() throws TfInputException {
        for (Map.Entry<String, TfResource> v : net.vpcs.entrySet()) {
            String id = ctx.idAs(v.getValue(), TfKind.SECURITY_GROUP);
            Group g = group(id, v.getValue());
            g.name = "default";
            g.description = "default VPC security group";
            g.vpc = v.getKey();
            g.tags = List.of(new AwsTag("Name", "default (" + v.getValue().text() + ")"));
            if (net.adopted.contains(v.getKey())) {
                for (UnknownRules.Side side : List.of(UnknownRules.Side.INBOUND, UnknownRules.Side.OUTBOUND)) {
                    ctx.unknownRules(id, side, v.getValue(), "the VPC is made outside this configuration; its default group is not in the data");
                }
                continue;
            }
            g.in.add(new IpPermission("-1", null, null, List.of(), List.of(),
                    List.of(new AwsSecurityGroup.UserIdGroupPair(id, null, null, null, "AWS default: from itself")), List.of()));
            g.out.add(new IpPermission("-1", null, null, List.of(new AwsSecurityGroup.IpRange("0.0.0.0/0", "AWS default")),
                    List.of(), List.of(), List.of()));
        }
        for (String type : List.of("aws_security_group_rule", "aws_vpc_security_group_ingress_rule",
                "aws_vpc_security_group_egress_rule")) {
            for (TfResource r : ctx.ofType(type)) {
                separate.add(ctx.ref(r, "security_group_id", TfKind.SECURITY_GROUP));
            }
        }
        for (String type : List.of("aws_default_security_group", "aws_security_group")) {
            for (TfResource r : ctx.ofType(type)) {
                inline(r, type.equals("aws_default_security_group"));
            }
        }
        for (TfResource r : ctx.ofType("aws_security_group_rule")) {
            classicRule(r);
        }
        for (String type : List.of("aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule")) {
            for (TfResource r : ctx.ofType(type)) {
                v5Rule(r, type.endsWith("ingress_rule"));
            }
        }
        for (Map.Entry<String, Group> e : groups.entrySet()) {
            Group g = e.getValue();
            ctx.securityGroups.add(e.getKey());
            ctx.add(new AwsSecurityGroup(e.getKey(), g.name, g.description, g.vpc, g.in, g.out, g.tags), g.source);
        }
    }

    private Group group(String id, TfResource source) {
        return groups.computeIfAbsent(id, k -> {
            Group g = new Group();
            g.source = source;
            return g;
        });
    }

    private void inline(TfResource r, boolean isDefault) throws TfInputException {
        String id = isDefault ? defaultGroupId(r) : ctx.id(r);
        if (id == null) {
            ctx.note(Severity.ERROR, r, Text.of("import.tf.defaultGroupNoVpc"));
            return;
        }
        Group g = group(id, r);
        g.source = r;
        g.name = TfContext.first(ctx.text(r, "name"), isDefault ? "default" : r.address().name());
        g.description = TfContext.first(ctx.text(r, "description"), "");
        g.vpc = isDefault ? TfContext.first(g.vpc, ctx.ref(r, "vpc_id", TfKind.VPC)) : ctx.ref(r, "vpc_id", TfKind.VPC);
        g.tags = ctx.tags(r);
        // Terraform owns every rule of a group it manages inline: AWS's default rules are removed at apply.
        g.in.clear();
        g.out.clear();
        side(r, g, "ingress", g.in, UnknownRules.Side.INBOUND, id);
        side(r, g, "egress", g.out, UnknownRules.Side.OUTBOUND, id);
    }

    private String defaultGroupId(TfResource r) throws TfInputException {
        String known = ctx.text(r, "id");
        if (known != null) {
            return known;
        }
        String vpc = ctx.ref(r, "vpc_id", TfKind.VPC);
        TfResource v = vpc == null ? null : net.vpcs.get(vpc);
        return v == null ? null : ctx.idAs(v, TfKind.SECURITY_GROUP);
    }

    private void side(TfResource r, Group g, String attr, List<IpPermission> into, UnknownRules.Side side, String id)
            throws TfInputException {
        if (r.isUnknown(attr) || TfRuleSets.masksUnknown(r.unknown().get(attr))) {
            if (TfRuleSets.inlineUnused(ctx, r, attr, separate.contains(id))) {
                return;
            }
            ctx.unknownRules(id, side, r, "\"" + attr + "\" is known after apply");
            return;
        }
        for (Map.Entry<String, JsonNode> b : TfValues.blocks(r.values(), attr, r.path() + ".values")) {
            JsonNode o = b.getValue();
            String at = b.getKey();
            List<AwsSecurityGroup.UserIdGroupPair> pairs = new ArrayList<>();
            for (String sg : TfValues.texts(o, "security_groups", at)) {
                pairs.add(new AwsSecurityGroup.UserIdGroupPair(sg, null, null, null, TfContext.text(o, "description", at)));
            }
            if (Boolean.TRUE.equals(TfContext.bool(o, "self", at))) {
                pairs.add(new AwsSecurityGroup.UserIdGroupPair(id, null, null, null, "self"));
            }
            into.add(permission(o, at, "protocol", TfValues.texts(o, "cidr_blocks", at),
                    TfValues.texts(o, "ipv6_cidr_blocks", at), pairs, TfValues.texts(o, "prefix_list_ids", at)));
        }
    }

    private void classicRule(TfResource r) throws TfInputException {
        String sg = ctx.ref(r, "security_group_id", TfKind.SECURITY_GROUP);
        String type = ctx.text(r, "type");
        if (sg == null || type == null) {
            ctx.note(Severity.ERROR, r, Text.of("import.tf.unresolved2.ruleSkipped", "security_group_id", "type"));
            return;
        }
        boolean ingress = type.equals("ingress");
        Group g = group(sg, r);
        List<AwsSecurityGroup.UserIdGroupPair> pairs = new ArrayList<>();
        String peer = ctx.ref(r, "source_security_group_id", TfKind.SECURITY_GROUP);
        if (peer != null) {
            pairs.add(new AwsSecurityGroup.UserIdGroupPair(peer, null, null, null, ctx.text(r, "description")));
        }
        if (Boolean.TRUE.equals(ctx.bool(r, "self"))) {
            pairs.add(new AwsSecurityGroup.UserIdGroupPair(sg, null, null, null, "self"));
        }
        if (pairs.isEmpty() && (r.isUnknown("source_security_group_id") && ctx.config.sets(r, "source_security_group_id")
                || TfRuleSets.masksUnknown(r.unknown().get("cidr_blocks")) || r.isUnknown("cidr_blocks"))) {
            ctx.unknownRules(sg, ingress ? UnknownRules.Side.INBOUND : UnknownRules.Side.OUTBOUND, r,
                    "the rule's peer is known after apply");
            return;
        }
        String at = r.path() + ".values";
        (ingress ? g.in : g.out).add(permission(r.values(), at, "protocol", ctx.texts(r, "cidr_blocks"),
                ctx.texts(r, "ipv6_cidr_blocks"), pairs, ctx.texts(r, "prefix_list_ids")));
    }

    private void v5Rule(TfResource r, boolean ingress) throws TfInputException {
        String sg = ctx.ref(r, "security_group_id", TfKind.SECURITY_GROUP);
        if (sg == null) {
            ctx.note(Severity.ERROR, r, Text.of("import.tf.unresolved.ruleSkipped", "security_group_id"));
            return;
        }
        Group g = group(sg, r);
        String v4 = ctx.text(r, "cidr_ipv4");
        String v6 = ctx.text(r, "cidr_ipv6");
        String pl = ctx.ref(r, "prefix_list_id", TfKind.PREFIX_LIST);
        String peer = ctx.ref(r, "referenced_security_group_id", TfKind.SECURITY_GROUP);
        if (v4 == null && v6 == null && pl == null && peer == null) {
            ctx.unknownRules(sg, ingress ? UnknownRules.Side.INBOUND : UnknownRules.Side.OUTBOUND, r,
                    "the rule's peer is known after apply");
            return;
        }
        String description = ctx.text(r, "description");
        (ingress ? g.in : g.out).add(permission(r.values(), r.path() + ".values", "ip_protocol",
                v4 == null ? List.of() : List.of(v4), v6 == null ? List.of() : List.of(v6),
                peer == null ? List.of() : List.of(new AwsSecurityGroup.UserIdGroupPair(peer, null, null, null, description)),
                pl == null ? List.of() : List.of(pl)));
    }

    private static IpPermission permission(JsonNode o, String at, String protocolField, List<String> v4, List<String> v6,
                                           List<AwsSecurityGroup.UserIdGroupPair> pairs, List<String> prefixLists)
            throws TfInputException {
        String protocol = TfContext.text(o, protocolField, at);
        if (protocol == null) {
            throw new TfInputException(at + "." + protocolField + ": required, found nothing");
        }
        boolean all = protocol.equals("-1") || protocol.equalsIgnoreCase("all");
        Integer from = all ? null : TfContext.integer(o, "from_port", at);
        Integer to = all ? null : TfContext.integer(o, "to_port", at);
        List<AwsSecurityGroup.IpRange> ranges = v4.stream().map(c -> new AwsSecurityGroup.IpRange(c, null)).toList();
        List<AwsSecurityGroup.Ipv6Range> ranges6 = v6.stream().map(c -> new AwsSecurityGroup.Ipv6Range(c, null)).toList();
        List<AwsSecurityGroup.PrefixListIdRef> lists = prefixLists.stream()
                .map(p -> new AwsSecurityGroup.PrefixListIdRef(p, null)).toList();
        return new IpPermission(all ? "-1" : protocol, from, to, ranges, ranges6, pairs, lists);
    }

}
