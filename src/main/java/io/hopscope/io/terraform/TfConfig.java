package io.hopscope.io.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
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
    /** Per module instance address, per local name: its resources, and the first of each key (a reference by key is one step). */
    private final Map<String, Map<String, Named>> byModuleAndLocal = new HashMap<>();
    private final Map<String, JsonNode> blockCache = new HashMap<>();
    /** Thousands of counted resources repeat the same few references ("aws_subnet.app[count.index].id"). */
    private final Map<String, TfReference> parsedRefs = new HashMap<>();
    /** Each resource's address parts as the lookups need them, built once (an instance is asked for several links). */
    private final Map<TfResource, Place> places = new IdentityHashMap<>();
    /** The whole lists of {@link Named}, by identity: a reference resolving to one of them returns it as is. */
    private final Set<List<TfResource>> wholeLists = Collections.newSetFromMap(new IdentityHashMap<>());

    /** The resources of one local name in one module instance. */
    private record Named(List<TfResource> all, Map<String, TfResource> byKey) {
    }

    /** A resource's module calls, module instance address, instance key and configuration block key. */
    private record Place(List<String> calls, String moduleAddress, String key, String blockKey) {
        static Place of(TfResource r) {
            TfAddress a = r.address();
            return new Place(a.modules(), a.moduleAddress(), a.keyValue(), a.configModule() + "|" + a.local());
        }
    }

    TfConfig(JsonNode configuration, List<TfResource> resources) {
        this.root = configuration == null ? null : configuration.get("root_module");
        this.resources = resources;
        for (TfResource r : resources) {
            index(r);
        }
        for (Map<String, Named> locals : byModuleAndLocal.values()) {
            locals.replaceAll((local, n) -> new Named(List.copyOf(n.all()), n.byKey()));
            locals.values().forEach(n -> wholeLists.add(n.all()));
        }
    }

    /** One resource at a time: C1 compiles a method called per resource long before a loop run once. */
    private void index(TfResource r) {
        Place place = place(r);
        Named named = byModuleAndLocal.computeIfAbsent(place.moduleAddress(), k -> new HashMap<>())
                .computeIfAbsent(r.address().local(), k -> new Named(new ArrayList<>(), new HashMap<>()));
        named.all().add(r);
        if (place.key() != null) {
            named.byKey().putIfAbsent(place.key(), r);
        }
    }

    /** Whether a result of {@link #targets} is one module's whole list of a local name, shared by every such result. */
    boolean whole(List<TfResource> targets) {
        return wholeLists.contains(targets);
    }

    private Place place(TfResource r) {
        Place p = places.get(r);
        if (p == null) {
            p = Place.of(r);
            places.put(r, p);
        }
        return p;
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
        return blockCache.computeIfAbsent(place(r).blockKey(), k -> {
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

    /** The resources {@code attribute} of {@code r} refers to, in reference order, without duplicates; not to be changed. */
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
        TfTargets out = new TfTargets();
        Place place = place(r);
        for (JsonNode ref : expression.path("references")) {
            resolve(ref.asText(), place.calls(), place.moduleAddress(), place.key(), out, null, 0);
        }
        return out.list();
    }

    /**
     * {@code seen} holds the references met on the way through variables and outputs, for the
     * cycle check; it is made on the first such step (a plain resource reference, nearly all of a
     * large plan's, needs none).
     */
    private void resolve(String ref, List<String> calls, String moduleAddress, String key, TfTargets out,
                         Set<String> seen, int depth) throws TfInputException {
        if (depth > MAX_DEPTH || seen != null && !seen.add(moduleAddress + "|" + ref)) {
            throw new TfInputException("$.configuration: cyclic module references through " + ref + " in "
                    + (moduleAddress.isEmpty() ? "the root module" : moduleAddress));
        }
        TfReference parsed = parsedRefs.computeIfAbsent(ref, TfReference::parse);
        String[] parts = parsed.parts();
        if (parsed.isVariable() && !calls.isEmpty()) {
            Set<String> path = seenFrom(seen, moduleAddress, ref);
            List<String> parentCalls = calls.subList(0, calls.size() - 1);
            JsonNode parent = module(parentCalls);
            String name = TfReference.stripKey(parts[1]);
            JsonNode call = parent == null ? null : parent.path("module_calls").get(calls.get(calls.size() - 1));
            if (call != null) {
                String parentAddress = parentAddress(moduleAddress);
                for (JsonNode r : call.path("expressions").path(name).path("references")) {
                    resolve(r.asText(), parentCalls, parentAddress, key, out, path, depth + 1);
                }
            }
            return;
        }
        if (parsed.isModuleOutput()) {
            Set<String> path = seenFrom(seen, moduleAddress, ref);
            String call = TfReference.stripKey(parts[1]);
            List<String> childCalls = new ArrayList<>(calls);
            childCalls.add(call);
            JsonNode child = module(childCalls);
            JsonNode output = child == null ? null : child.path("outputs").get(parts[2]);
            if (output != null) {
                for (String childAddress : childAddresses(moduleAddress, call, parts[1])) {
                    for (JsonNode r : output.path("expression").path("references")) {
                        resolve(r.asText(), childCalls, childAddress, key, out, path, depth + 1);
                    }
                }
            }
            return;
        }
        if (parsed.local() == null) {
            return;
        }
        Named found = byModuleAndLocal.getOrDefault(moduleAddress, Map.of()).get(parsed.local());
        if (found == null) {
            return;
        }
        String wanted = parsed.explicitKey() != null ? parsed.explicitKey() : key;
        TfResource keyed = wanted == null ? null : found.byKey().get(wanted);
        if (keyed != null) {
            out.add(keyed);
            return;
        }
        out.addAll(found.all());
    }

    /** The references met so far, this one included, before following it one step further. */
    private static Set<String> seenFrom(Set<String> seen, String moduleAddress, String ref) {
        if (seen != null) {
            return seen;
        }
        Set<String> first = new HashSet<>();
        first.add(moduleAddress + "|" + ref);
        return first;
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
}
