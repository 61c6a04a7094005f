package io.hopscope.io.aws.describe;

import java.util.List;

/** One {@code {"Key": ..., "Value": ...}} tag; AWS spells the list Tags, TagSet (ENIs) or TagList (RDS). */
public record AwsTag(String key, String value) {

    /** The value of the Name tag, or null when there is none. */
    public static String nameOf(List<AwsTag> tags) {
        if (tags == null) {
            return null;
        }
        for (AwsTag t : tags) {
            if (t != null && "Name".equals(t.key()) && t.value() != null && !t.value().isBlank()) {
                return t.value();
            }
        }
        return null;
    }

    static <T> List<T> orEmpty(List<T> list) {
        if (list == null) {
            return List.of();
        }
        if (list instanceof BoundList) {
            // Read by the binder: unmodifiable, without nulls, and no one else holds it.
            return list;
        }
        // A plain loop: every list of every record passes here, 100,000 of them in a quota-scale account.
        for (T t : list) {
            if (t == null) {
                return list.stream().filter(java.util.Objects::nonNull).toList();
            }
        }
        // Unmodifiable like Stream.toList(), and like it answers contains(null) with false instead of throwing.
        return java.util.Collections.unmodifiableList(new java.util.ArrayList<>(list));
    }
}
