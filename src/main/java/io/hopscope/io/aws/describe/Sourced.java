package io.hopscope.io.aws.describe;

/**
 * A describe record with where it came from: the file (relative to the imported directory), its
 * JSON path ({@code $.Subnets[3]}) and the Region the folder or availability zone tells (may be empty).
 */
public record Sourced<T>(T value, String file, String path, String region) {

    /** "describe-subnets.json: $.Subnets[3].VpcId" for a field of this record. */
    public String location(String field) {
        return file + ": " + path + (field == null || field.isEmpty() ? "" : (field.startsWith("[") ? field : "." + field));
    }
}
