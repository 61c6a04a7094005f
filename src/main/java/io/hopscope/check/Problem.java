package io.hopscope.check;

/**
 * One thing wrong with an input, and where: {@code location} is a JSON path such as
 * {@code $.model.subnets[2].cidr}, prefixed with a file name where several files are read
 * ({@code describe-subnets.json: $.Subnets[3].CidrBlock}); {@code resourceId} names the culprit
 * when there is one, so the UI can select it.
 */
public record Problem(Severity severity, String location, String message, String resourceId) {

    public Problem {
        location = location == null ? "" : location;
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("a problem needs a message");
        }
    }

    public static Problem error(String location, String message) {
        return new Problem(Severity.ERROR, location, message, null);
    }

    public static Problem warning(String location, String message) {
        return new Problem(Severity.WARNING, location, message, null);
    }

    public Problem about(String id) {
        return new Problem(severity, location, message, id);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** "$.model.subnets[2].cidr: '10.0.300.0/24' is not a valid CIDR block". */
    @Override
    public String toString() {
        return location.isEmpty() ? message : location + ": " + message;
    }
}
