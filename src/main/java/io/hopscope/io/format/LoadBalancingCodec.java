package io.hopscope.io.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hopscope.check.Problem;
import io.hopscope.model.Listener;
import io.hopscope.model.LoadBalancer;
import io.hopscope.model.LoadBalancerType;
import io.hopscope.model.LoadBalancing;
import io.hopscope.model.Target;
import io.hopscope.model.TargetGroup;
import io.hopscope.model.TargetType;

import io.hopscope.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * File encoding of load balancers (with their listeners) and target groups (with their registered
 * targets), both ways. Kept apart from {@link ResourceEncoder}/{@link ResourceDecoder} like
 * {@link HybridCodec}; the same rules apply: defaults are not written (an internet-facing scheme, a
 * forward action, the active state, an attribute left at its default), unknown fields are errors.
 */
final class LoadBalancingCodec {
    private static final String INTERNAL = "internal";
    private static final String INTERNET_FACING = "internet-facing";

    private LoadBalancingCodec() {
    }

    static void encode(ObjectNode o, LoadBalancing r) {
        if (r instanceof LoadBalancer lb) {
            o.put("type", lb.type().wireName());
            if (lb.internal()) {
                o.put("scheme", INTERNAL);
            }
            text(o, "vpc", lb.vpcId());
            list(o, "subnets", lb.subnetIds());
            list(o, "securityGroups", lb.securityGroupIds());
            list(o, "networkInterfaces", lb.networkInterfaceIds());
            if (!lb.listeners().isEmpty()) {
                ArrayNode a = o.putArray("listeners");
                for (Listener l : lb.listeners()) {
                    ObjectNode n = a.addObject();
                    n.put("port", l.port());
                    n.put("protocol", l.protocol());
                    if (!l.forwards()) {
                        n.put("action", l.action());
                    }
                    list(n, "targetGroups", l.targetGroupIds());
                }
            }
            if (lb.crossZone() != null) {
                o.put("crossZone", lb.crossZone());
            }
            if (!lb.state().equals("active")) {
                o.put("state", lb.state());
            }
        } else if (r instanceof TargetGroup tg) {
            o.put("targetType", tg.targetType().wireName());
            text(o, "protocol", tg.protocol());
            if (tg.port() != null) {
                o.put("port", tg.port());
            }
            text(o, "vpc", tg.vpcId());
            if (!tg.targets().isEmpty()) {
                ArrayNode a = o.putArray("targets");
                for (Target t : tg.targets()) {
                    ObjectNode n = a.addObject();
                    n.put("id", t.id());
                    if (t.port() != null) {
                        n.put("port", t.port());
                    }
                    text(n, "availabilityZone", t.availabilityZone());
                    text(n, "health", t.health());
                }
            }
            if (tg.preserveClientIp() != null) {
                o.put("preserveClientIp", tg.preserveClientIp());
            }
            if (tg.crossZone() != null) {
                o.put("crossZone", tg.crossZone());
            }
        }
    }

    static LoadBalancing decode(ModelSection section, JsonFields f, String id, String name, List<Problem> problems) {
        switch (section) {
            case LOAD_BALANCERS: {
                String typeText = f.requiredText("type");
                LoadBalancerType type = typeText == null ? null : LoadBalancerType.fromWireName(typeText);
                if (typeText != null && type == null) {
                    f.error("type", Text.of("field.lb.notAType", typeText));
                }
                String scheme = f.optionalRef("scheme");
                if (scheme != null && !scheme.equals(INTERNAL) && !scheme.equals(INTERNET_FACING)) {
                    f.error("scheme", Text.of("field.lb.notAScheme", scheme));
                }
                String vpc = f.requiredText("vpc");
                List<String> subnets = f.textList("subnets");
                List<String> groups = f.textList("securityGroups");
                List<String> enis = f.textList("networkInterfaces");
                List<Listener> listeners = listeners(f, problems);
                Boolean crossZone = optionalFlag(f, "crossZone");
                String state = f.optionalRef("state");
                return complete(f, () -> new LoadBalancer(id, name, type, INTERNAL.equals(scheme), vpc, subnets, groups,
                        enis, listeners, crossZone, state));
            }
            case TARGET_GROUPS: {
                String typeText = f.requiredText("targetType");
                TargetType type = typeText == null ? null : TargetType.fromWireName(typeText);
                if (typeText != null && type == null) {
                    f.error("targetType", Text.of("field.tg.notATargetType", typeText));
                }
                String protocol = f.optionalRef("protocol");
                Integer port = f.integer("port", 1, 65535, false, Text.of("field.what.port"));
                String vpc = f.optionalRef("vpc");
                List<Target> targets = targets(f, problems);
                Boolean preserve = optionalFlag(f, "preserveClientIp");
                Boolean crossZone = optionalFlag(f, "crossZone");
                return complete(f, () -> new TargetGroup(id, name, type, protocol, port, vpc, targets, preserve,
                        crossZone));
            }
            default:
                throw new IllegalArgumentException("not a load-balancing section: " + section);
        }
    }

    private static List<Listener> listeners(JsonFields owner, List<Problem> problems) {
        List<JsonNode> items = owner.array("listeners");
        if (items == null) {
            return null;
        }
        List<Listener> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonFields f = JsonFields.of(items.get(i), JsonPaths.index(owner.pathOf("listeners"), i), problems);
            if (f == null) {
                owner.markFailed();
                continue;
            }
            Integer port = f.integer("port", 1, 65535, true, Text.of("field.what.port"));
            String protocol = f.requiredText("protocol");
            String action = f.optionalRef("action");
            List<String> groups = f.textList("targetGroups");
            Listener l = complete(f, () -> new Listener(port, protocol, action, groups));
            if (l == null) {
                owner.markFailed();
            } else {
                out.add(l);
            }
        }
        return owner.ok() ? out : null;
    }

    private static List<Target> targets(JsonFields owner, List<Problem> problems) {
        List<JsonNode> items = owner.array("targets");
        if (items == null) {
            return null;
        }
        List<Target> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonFields f = JsonFields.of(items.get(i), JsonPaths.index(owner.pathOf("targets"), i), problems);
            if (f == null) {
                owner.markFailed();
                continue;
            }
            String id = f.requiredText("id");
            Integer port = f.integer("port", 1, 65535, false, Text.of("field.what.port"));
            String zone = f.optionalRef("availabilityZone");
            String health = f.optionalRef("health");
            Target t = complete(f, () -> new Target(id, port, zone, health));
            if (t == null) {
                owner.markFailed();
            } else {
                out.add(t);
            }
        }
        return owner.ok() ? out : null;
    }

    /** true, false, or null when absent: "use the default". */
    private static Boolean optionalFlag(JsonFields f, String field) {
        return f.has(field) ? f.flag(field) : null;
    }

    private static <T> T complete(JsonFields f, Supplier<T> build) {
        f.finish();
        return f.ok() ? build.get() : null;
    }

    private static void text(ObjectNode o, String field, Object value) {
        if (value != null && !value.toString().isEmpty()) {
            o.put(field, value.toString());
        }
    }

    private static void list(ObjectNode o, String field, List<?> values) {
        if (!values.isEmpty()) {
            ArrayNode a = o.putArray(field);
            values.forEach(v -> a.add(v.toString()));
        }
    }
}
