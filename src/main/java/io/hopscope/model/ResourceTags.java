package io.hopscope.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The AWS tags of resources, by resource id, kept beside the model rather than in it: only the
 * selectors of exposure, matrix and check ({@code tag:Key=Value}) read them, and the diagram format
 * and every record stay as they are. A resource's Name counts as its {@code Name} tag even when the
 * source (a diagram file) carries no other tag.
 */
public record ResourceTags(Map<String, Map<String, String>> byResource) {

    public static final ResourceTags NONE = new ResourceTags(Map.of());

    public ResourceTags {
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        byResource.forEach((id, tags) -> copy.put(id, Map.copyOf(tags)));
        byResource = Map.copyOf(copy);
    }

    /** The tags of {@code r}, with its name as the {@code Name} tag when the source gave none. */
    public Map<String, String> of(Resource r) {
        Map<String, String> tags = byResource.getOrDefault(r.id(), Map.of());
        if (tags.containsKey("Name") || r.name() == null || r.name().isEmpty()) {
            return tags;
        }
        Map<String, String> withName = new LinkedHashMap<>(tags);
        withName.put("Name", r.name());
        return withName;
    }

    /** Whether {@code r} carries tag {@code key} with value {@code value} (both compared exactly, as AWS does). */
    public boolean has(Resource r, String key, String value) {
        return Objects.equals(of(r).get(key), value);
    }
}
