package io.hopscope.io.format;

import com.fasterxml.jackson.databind.JsonNode;
import io.hopscope.check.Problem;
import io.hopscope.model.AclEntry;
import io.hopscope.model.Route;
import io.hopscope.model.RouteTargetKind;
import io.hopscope.model.RuleAction;
import io.hopscope.model.SgPeer;
import io.hopscope.model.SgRule;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IcmpMatch;
import io.hopscope.model.net.PortRange;
import io.hopscope.model.net.Protocol;
import io.hopscope.text.Text;
import java.util.ArrayList;
import java.util.List;

/** Reads the rule-like items inside resources: routes, network ACL entries, security group rules. */
final class RuleDecoder {

    private RuleDecoder() {
    }

    /** Null when any item failed (each failure already reported). */
    static List<Route> routes(JsonFields owner, List<Problem> problems) {
        List<JsonNode> items = owner.array("routes");
        if (items == null) {
            return null;
        }
        List<Route> routes = new ArrayList<>();
        boolean good = true;
        for (int i = 0; i < items.size(); i++) {
            JsonFields f = JsonFields.of(items.get(i), JsonPaths.index(owner.pathOf("routes"), i), problems);
            Route r = f == null ? null : route(f);
            if (r == null) {
                good = false;
            } else {
                routes.add(r);
            }
        }
        return finishList(owner, good, routes);
    }

    /** A failed item makes its owner fail too, so no record is built from a partial list. */
    private static <T> List<T> finishList(JsonFields owner, boolean good, List<T> items) {
        if (!good) {
            owner.markFailed();
            return null;
        }
        return items;
    }

    private static Route route(JsonFields f) {
        Cidr destination = f.cidr("destination", false);
        String prefixList = f.optionalRef("destinationPrefixList");
        boolean hasCidr = f.has("destination");
        if (hasCidr == f.has("destinationPrefixList")) {
            f.error(null, Text.of(hasCidr ? "field.route.twoDestinations" : "field.route.noDestination"));
        }
        String kindText = f.requiredText("targetKind");
        RouteTargetKind kind = kindText == null ? null : f.parse("targetKind", kindText, RouteTargetKind::fromWireName, FieldValueTexts::routeTargetKind);
        String target = f.optionalRef("target");
        if (kind != null && kind != RouteTargetKind.LOCAL && target == null && !f.has("target")) {
            f.error("target", Text.of("field.route.noTarget", kind.wireName()));
        }
        boolean blackhole = f.flag("blackhole");
        boolean propagated = f.flag("propagated");
        f.finish();
        if (!f.ok()) {
            return null;
        }
        return new Route(destination, prefixList, kind, target, blackhole, propagated);
    }

    /** Entries of one direction of a NACL; null when any failed. */
    static List<AclEntry> aclEntries(JsonFields owner, String field, boolean egress, List<Problem> problems) {
        List<JsonNode> items = owner.array(field);
        if (items == null) {
            return null;
        }
        List<AclEntry> entries = new ArrayList<>();
        boolean good = true;
        for (int i = 0; i < items.size(); i++) {
            JsonFields f = JsonFields.of(items.get(i), JsonPaths.index(owner.pathOf(field), i), problems);
            AclEntry e = f == null ? null : aclEntry(f, egress);
            if (e == null) {
                good = false;
            } else {
                entries.add(e);
            }
        }
        return finishList(owner, good, entries);
    }

    private static AclEntry aclEntry(JsonFields f, boolean egress) {
        // Rule numbers 1-32766; 32767 and 32768 are AWS's implicit final '*' deny [NACL].
        Integer number = f.integer("rule", AclEntry.MIN_RULE_NUMBER, AclEntry.MAX_RULE_NUMBER, true, Text.of("field.what.ruleNumber"));
        String actionText = f.requiredText("action");
        RuleAction action = null;
        if (actionText != null) {
            action = switch (actionText) {
                case "allow" -> RuleAction.ALLOW;
                case "deny" -> RuleAction.DENY;
                default -> {
                    f.error("action", Text.of("field.rule.notAnAction", actionText));
                    yield null;
                }
            };
        }
        Protocol protocol = protocol(f);
        PortRange ports = ports(f, protocol);
        IcmpMatch icmp = icmp(f, protocol);
        Cidr cidr = f.cidr("cidr", true);
        f.finish();
        if (!f.ok()) {
            return null;
        }
        return new AclEntry(number, egress, protocol, ports, icmp, cidr, action);
    }

    static List<SgRule> sgRules(JsonFields owner, String field, List<Problem> problems) {
        List<JsonNode> items = owner.array(field);
        if (items == null) {
            return null;
        }
        List<SgRule> rules = new ArrayList<>();
        boolean good = true;
        for (int i = 0; i < items.size(); i++) {
            JsonFields f = JsonFields.of(items.get(i), JsonPaths.index(owner.pathOf(field), i), problems);
            SgRule r = f == null ? null : sgRule(f);
            if (r == null) {
                good = false;
            } else {
                rules.add(r);
            }
        }
        return finishList(owner, good, rules);
    }

    private static SgRule sgRule(JsonFields f) {
        Protocol protocol = protocol(f);
        PortRange ports = ports(f, protocol);
        IcmpMatch icmp = icmp(f, protocol);
        int peers = (f.has("cidr") ? 1 : 0) + (f.has("securityGroup") ? 1 : 0) + (f.has("prefixList") ? 1 : 0);
        SgPeer peer = null;
        if (peers != 1) {
            f.error(null, Text.of(peers == 0 ? "field.sgRule.noPeer" : "field.sgRule.twoPeers"));
        }
        Cidr cidr = f.cidr("cidr", false);
        String group = f.optionalRef("securityGroup");
        String prefixList = f.optionalRef("prefixList");
        if (peers == 1) {
            peer = cidr != null ? SgPeer.cidr(cidr) : group != null ? SgPeer.group(group)
                    : prefixList != null ? SgPeer.prefixList(prefixList) : null;
        }
        String description = f.optionalText("description");
        f.finish();
        if (!f.ok() || peer == null) {
            return null;
        }
        return new SgRule(protocol, ports, icmp, peer, description);
    }

    /** A protocol may be written as its name ("tcp") or its IANA number (6); -1 means all. */
    private static Protocol protocol(JsonFields f) {
        if (!f.has("protocol")) {
            f.error("protocol", Text.of("field.rule.noProtocol"));
            return null;
        }
        if (f.rawIsNumber("protocol")) {
            Integer number = f.integer("protocol", -1, 255, true, Text.of("field.what.protocolNumber"));
            return number == null ? null : new Protocol(number);
        }
        String text = f.requiredText("protocol");
        return text == null ? null : f.parse("protocol", text, Protocol::parse, FieldValueTexts::protocol);
    }

    /** Ports belong to tcp and udp only, and those need them [SGR][NACL]. */
    private static PortRange ports(JsonFields f, Protocol protocol) {
        PortRange ports = null;
        if (f.rawIsNumber("ports")) {
            Integer port = f.integer("ports", 0, 65535, true, Text.of("field.what.port"));
            ports = port == null ? null : PortRange.single(port);
        } else {
            String text = f.optionalRef("ports");
            ports = text == null ? null : f.parse("ports", text, PortRange::parse, FieldValueTexts::ports);
        }
        if (protocol != null) {
            if (protocol.hasPorts() && ports == null && !f.has("ports")) {
                f.error("ports", Text.of("field.rule.noPorts", protocol.label()));
            } else if (!protocol.hasPorts() && f.has("ports")) {
                f.error("ports", Text.of("field.rule.portsNotApplicable", protocol.label()));
            }
        }
        return ports;
    }

    private static IcmpMatch icmp(JsonFields f, Protocol protocol) {
        if (!f.has("icmp")) {
            return null;
        }
        if (protocol != null && !protocol.isIcmp()) {
            f.error("icmp", Text.of("field.rule.icmpNotApplicable", protocol.label()));
            return null;
        }
        List<Problem> sink = f.problems();
        JsonFields i = JsonFields.of(f.raw("icmp"), f.pathOf("icmp"), sink);
        if (i == null) {
            f.markFailed();
            return null;
        }
        Integer type = i.integer("type", -1, 255, true, Text.of("field.what.icmpType"));
        Integer code = i.integer("code", -1, 255, true, Text.of("field.what.icmpCode"));
        i.finish();
        if (!i.ok()) {
            f.markFailed();
            return null;
        }
        return new IcmpMatch(type, code);
    }
}
