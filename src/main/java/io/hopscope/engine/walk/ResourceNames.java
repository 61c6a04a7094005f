package io.hopscope.engine.walk;

import io.hopscope.model.NetworkModel;
import io.hopscope.model.Resource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The resources a trace reference may name by Name tag, built on the first reference that is no
 * address, id or service: at quota scale 20,000 interfaces and workloads, and a trace between two
 * ids never asks. Two threads may both build it; they build the same table and either is kept.
 */
final class ResourceNames {
    private final NetworkModel model;
    private final List<Resource> loadBalancers;
    private volatile Map<String, List<Resource>> byName;

    ResourceNames(NetworkModel model, List<Resource> loadBalancers) {
        this.model = model;
        this.loadBalancers = loadBalancers;
    }

    /** The resources with this name, else those whose name equals it ignoring case; null when none. */
    List<Resource> named(String name) {
        Map<String, List<Resource>> names = table();
        List<Resource> named = names.get(name);
        if (named == null) {
            for (Map.Entry<String, List<Resource>> n : names.entrySet()) {
                if (n.getKey().equalsIgnoreCase(name)) {
                    return n.getValue();
                }
            }
        }
        return named;
    }

    private Map<String, List<Resource>> table() {
        Map<String, List<Resource>> names = byName;
        if (names == null) {
            Map<String, List<Resource>> built = new LinkedHashMap<>();
            loadBalancers.forEach(r -> add(built, r));
            model.workloads().forEach(r -> add(built, r));
            model.networkInterfaces().forEach(r -> add(built, r));
            model.natGateways().forEach(r -> add(built, r));
            model.vpcEndpoints().forEach(r -> add(built, r));
            model.externals().forEach(r -> add(built, r));
            model.customerGateways().forEach(r -> add(built, r));
            names = built;
            byName = names;
        }
        return names;
    }

    private static void add(Map<String, List<Resource>> names, Resource r) {
        if (!r.name().isEmpty()) {
            names.computeIfAbsent(r.name(), k -> new ArrayList<>()).add(r);
        }
    }
}
