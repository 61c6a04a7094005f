package io.hopscope.io.aws.describe;

import java.util.Objects;

/**
 * A describe record with where it came from: the file (relative to the imported directory), its
 * JSON path ({@code $.Subnets[3]}) and the Region the folder or availability zone tells (may be
 * empty). An immutable value; the path of a record read from a describe file is spelled only when
 * asked (see {@link ElementPath}).
 */
public final class Sourced<T> {

    private final T value;
    private final String file;
    /** The path as text, or the {@link ElementPath} that spells it. */
    private final Object path;
    private final String region;

    public Sourced(T value, String file, String path, String region) {
        this(value, file, (Object) path, region);
    }

    /** A record read from a describe file, at {@code path}. */
    static <T> Sourced<T> at(T value, String file, ElementPath path, String region) {
        return new Sourced<>(value, file, (Object) path, region);
    }

    private Sourced(T value, String file, Object path, String region) {
        this.value = value;
        this.file = file;
        this.path = path;
        this.region = region;
    }

    public T value() {
        return value;
    }

    public String file() {
        return file;
    }

    /** "$.Subnets[3]". */
    public String path() {
        return path == null ? null : path.toString();
    }

    public String region() {
        return region;
    }

    /** "describe-subnets.json: $.Subnets[3].VpcId" for a field of this record. */
    public String location(String field) {
        return file + ": " + path() + (field == null || field.isEmpty() ? "" : (field.startsWith("[") ? field : "." + field));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sourced<?> s && Objects.equals(value, s.value) && Objects.equals(file, s.file)
                && Objects.equals(path(), s.path()) && Objects.equals(region, s.region);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, file, path(), region);
    }

    @Override
    public String toString() {
        return "Sourced[value=" + value + ", file=" + file + ", path=" + path() + ", region=" + region + "]";
    }
}
