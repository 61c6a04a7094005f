package io.hopscope.io.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * One resource instance of a plan's planned values, prior state or a state's values.
 *
 * @param address  the parsed address
 * @param text     the address as written
 * @param values   its attribute values ({@code values}); unknown attributes are absent in a plan
 * @param unknown  the plan's {@code after_unknown} for it ({@code true} or a nested mask), missing in a state
 * @param path     JSON path of the resource object ({@code $.planned_values.root_module.resources[3]})
 * @param provider the provider name as written ({@code aws}, {@code registry.terraform.io/hashicorp/aws})
 */
public record TfResource(TfAddress address, String text, JsonNode values, JsonNode unknown, String path,
                         String provider) {

    public TfResource {
        unknown = unknown == null ? MissingNode.getInstance() : unknown;
    }

    /** Identity: two instances are one resource only if they are the same object (hashing the values would cost a tree walk). */
    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    public String type() {
        return address.type();
    }

    public boolean isData() {
        return address.mode().equals("data");
    }

    /** Whether the attribute is "known after apply" as a whole. */
    public boolean isUnknown(String attribute) {
        JsonNode u = unknown.get(attribute);
        return u != null && u.isBoolean() && u.booleanValue();
    }

    /** Whether the provider is hashicorp/aws (or its short 0.12 name "aws"). */
    public boolean isAws() {
        return provider == null || provider.equals("aws") || provider.endsWith("/aws");
    }
}
