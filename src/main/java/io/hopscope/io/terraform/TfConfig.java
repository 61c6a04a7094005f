package io.hopscope.io.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Links a plan knows only through its configuration: an attribute "known after apply" (a new
 * VPC's id in a subnet's {@code vpc_id}) is resolved through {@code expressions.<attr>.references},
 * following {@code var.*} up through the module call's expressions and {@code module.x.y} down into
 * the module's outputs. Instances pair by key: {@code aws_subnet.a[count.index]} in a resource with
 * key 1 is {@code aws_subnet.a[1]}.
 */
final class TfConfig {
    private static final int MAX_DEPTH = 64;

    private final JsonNode root;
    private final List<TfResource> resources;
    private final Map<String, List<TfResource>> byModuleAndLocal = new HashMap<>();
    /** The first resource of each module, local name and key: a reference by key finds its instance in one step. */
    private final Map<String, TfResource> byModuleLocalAndKey = new HashMap<>();
    private final Map<String, JsonNode> blockCache = new HashMap<>();
    /** Thousands of counted resources repeat the same few references ("aws_subnet.app[count.index].id"). */
    private final Map<String, String[]> splitRefs = new HashMap<>();

    TfConfig(JsonNode configuration, List<TfResource> resources) {
        this.root = configuration == null ? null : configuration.get("root_module");
        this.resources = resources;
        for (TfResource r : resources) {
            String moduleAndLocal = r.address().moduleAddress() + "|" + r.address().local();
            byModuleAndLocal.computeIfAbsent(moduleAndLocal, k -> new ArrayList<>()).add(r);
            if (r.address().keyValue() != null) {
                byModuleLocalAndKey.putIfAbsent(moduleAndLocal + "|" + r.address().keyValue(), r);
            }
        }
    }

    boolean present() {
        return root != null && root.isObject();
    }

    /** The configuration module of a module call path (names without keys), or null. */
    private JsonNode module(List<String> calls) {
        JsonNode m = root;
        for (String c : calls) {
            if (m == null) {
                return null;
            }
            JsonNode call = m.path("module_calls").get(c);
            m = call == null ? null : call.get("module");
        }
        return m;
    }

    /** The configuration block of a resource, or null when the plan has none (a state, an old plan). */
    JsonNode block(TfResource r) {
        if (!present()) {
            return null;
        }
        String key = r.address().configModule() + "|" + r.address().local();
        return blockCache.computeIfAbsent(key, k -> {
            JsonNode m = module(r.address().modules());
            if (m == null) {
                return null;
            }
            for (JsonNode b : m.path("resources")) {
                if (r.address().local().equals(b.path("address").asText())) {
                    return b;
                }
            }
            return null;
        });
    }

    /** Whether the configuration sets {@code attribute} on the resource (false also when there is no configuration). */
    boolean sets(TfResource r, String attribute) {
        JsonNode b = block(r);
        return b != null && b.path("expressions").has(attribute);
    }

    /** The resources {@code attribute} of {@code r} refers to, in reference order, without duplicates. */
    List<TfResource> targets(TfResource r, String attribute) throws TfInputException {
        JsonNode b = block(r);
        return b == null ? List.of() : targets(r, b.path("expressions").path(attribute));
    }

    /** As {@link #targets(TfResource, String)} for an attribute of a nested block ({@code vpc_config[0].subnet_ids}). */
    List<TfResource> targets(TfResource r, String block, String attribute) throws TfInputException {
        JsonNode b = block(r);
        return b == null ? List.of() : targets(r, b.path("expressions").path(block).path(0).path(attribute));
    }

    private List<TfResource> targets(TfResource r, JsonNode expression) throws TfInputException {
        Set<TfResource> out = new LinkedHashSet<>();
        for (JsonNode ref : expression.path("references")) {
            resolve(ref.asText(), r.address().modules(), r.address().moduleAddress(), r.address().keyValue(), out,
                    new HashSet<>(), 0);
        }
        return new ArrayList<>(out);
    }

    private void resolve(String ref, List<String> calls, String moduleAddress, String key, Set<TfResource> out,
                         Set<String> seen, int depth) throws TfInputException {
        if (depth > MAX_DEPTH || !seen.add(moduleAddress + "|" + ref)) {
            throw new TfInputException("$.configuration: cyclic module references through " + ref + " in "
                    + (moduleAddress.isEmpty() ? "the root module" : moduleAddress));
        }
        String[] parts = splitRefs.computeIfAbsent(ref, TfConfig::split);
        if (parts.length >= 2 && parts[0].equals("var") && !calls.isEmpty()) {
            List<String> parentCalls = calls.subList(0, calls.size() - 1);
            JsonNode parent = module(parentCalls);
            String name = stripKey(parts[1]);
            JsonNode call = parent == null ? null : parent.path("module_calls").get(calls.get(calls.size() - 1));
            if (call != null) {
                String parentAddress = parentAddress(moduleAddress);
                for (JsonNode r : call.path("expressions").path(name).path("references")) {
                    resolve(r.asText(), parentCalls, parentAddress, key, out, seen, depth + 1);
                }
            }
            return;
        }
        if (parts.length >= 3 && parts[0].equals("module")) {
            String call = stripKey(parts[1]);
            List<String> childCalls = new ArrayList<>(calls);
            childCalls.add(call);
            JsonNode child = module(childCalls);
            JsonNode output = child == null ? null : child.path("outputs").get(parts[2]);
            if (output != null) {
                for (String childAddress : childAddresses(moduleAddress, call, parts[1])) {
                    for (JsonNode r : output.path("expression").path("references")) {
                        resolve(r.asText(), childCalls, childAddress, key, out, seen, depth + 1);
                    }
                }
            }
            return;
        }
        int start = parts[0].equals("data") ? 1 : 0;
        if (parts.length < start + 2 || !parts[start].startsWith("aws_")) {
            return; // count.index, each.key, local.*, path.*, a provider's other resources
        }
        String name = parts[start + 1];
        String explicitKey = null;
        int bracket = name.indexOf('[');
        if (bracket > 0) {
            explicitKey = TfAddress.unquote(name.substring(bracket + 1, name.length() - 1));
            name = name.substring(0, bracket);
        }
        String local = (start == 1 ? "data." : "") + parts[start] + "." + name;
        List<TfResource> found = byModuleAndLocal.getOrDefault(moduleAddress + "|" + local, List.of());
        String wanted = explicitKey != null ? explicitKey : key;
        TfResource keyed = wanted == null ? null : byModuleLocalAndKey.get(moduleAddress + "|" + local + "|" + wanted);
        if (keyed != null) {
            out.add(keyed);
            return;
        }
        out.addAll(found);
    }

    /** The module instances of a call in this module: {@code module.net} or every {@code module.net["a"]}. */
    private List<String> childAddresses(String moduleAddress, String call, String written) {
        String prefix = (moduleAddress.isEmpty() ? "" : moduleAddress + ".") + "module." + call;
        if (written.contains("[")) {
            return List.of(prefix + written.substring(written.indexOf('[')));
        }
        Set<String> found = new LinkedHashSet<>();
        for (TfResource r : resources) {
            String m = r.address().moduleAddress();
            if (m.equals(prefix) || m.startsWith(prefix + "[") || m.startsWith(prefix + ".")) {
                int depth = prefix.split("\\.module\\.", -1).length;
                found.add(cut(m, depth));
            }
        }
        return found.isEmpty() ? List.of(prefix) : new ArrayList<>(found);
    }

    /** The first {@code depth} module segments of a module address. */
    private static String cut(String moduleAddress, int depth) {
        TfAddress a = TfAddress.parse(moduleAddress + ".x_x.y");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < depth && i < a.modules().size(); i++) {
            sb.append(i == 0 ? "" : ".").append("module.").append(a.modules().get(i));
            if (a.moduleKeys().get(i) != null) {
                sb.append('[').append(a.moduleKeys().get(i)).append(']');
            }
        }
        return sb.toString();
    }

    private static String parentAddress(String moduleAddress) {
        TfAddress a = TfAddress.parse(moduleAddress + ".x_x.y");
        return cut(moduleAddress, a.modules().size() - 1);
    }

    /** Splits a reference on dots outside brackets and quotes: {@code aws_subnet.a["x.y"].id}. */
    static String[] split(String ref) {
        List<String> parts = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        int brackets = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (quoted && c == '\\' && i + 1 < ref.length()) {
                cur.append(c).append(ref.charAt(++i));
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '[') {
                brackets++;
            } else if (!quoted && c == ']') {
                brackets--;
            } else if (!quoted && brackets == 0 && c == '.') {
                parts.add(cur.toString());
                cur.setLength(0);
                continue;
            }
            cur.append(c);
        }
        parts.add(cur.toString());
        return parts.toArray(new String[0]);
    }

    private static String stripKey(String s) {
        int b = s.indexOf('[');
        return b < 0 ? s : s.substring(0, b);
    }
}
