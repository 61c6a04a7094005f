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
        return list == null ? List.of() : list.stream().filter(java.util.Objects::nonNull).toList();
    }
}
