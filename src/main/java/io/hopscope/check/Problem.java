package io.hopscope.check;

import io.hopscope.text.Text;
import java.util.Locale;

/**
 * One thing wrong with an input, and where: {@code location} is a JSON path such as
 * {@code $.model.subnets[2].cidr}, prefixed with a file name where several files are read
 * ({@code describe-subnets.json: $.Subnets[3].CidrBlock}); {@code resourceId} names the culprit
 * when there is one, so the UI can select it. {@code text} is the message as a key and arguments
 * when it has one (the model rules' findings), so the app shows it in the UI's language; the
 * command line and the JSON write {@code message}, its English.
 */
public record Problem(Severity severity, String location, String message, String resourceId, Text text) {

    public Problem {
        location = location == null ? "" : location;
        if ((message == null || message.isBlank()) && text != null) {
            message = text.toString();
        }
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("a problem needs a message");
        }
    }

    /** A problem whose message is English only. */
    public Problem(Severity severity, String location, String message, String resourceId) {
        this(severity, location, message, resourceId, null);
    }

    /** A problem whose message is {@code text}, written in English by {@link #message()}. */
    public Problem(Severity severity, String location, Text text, String resourceId) {
        this(severity, location, null, resourceId, text);
    }

    public static Problem error(String location, String message) {
        return new Problem(Severity.ERROR, location, message, null);
    }

    public static Problem warning(String location, String message) {
        return new Problem(Severity.WARNING, location, message, null);
    }

    public Problem about(String id) {
        return new Problem(severity, location, message, id, text);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The message as a text: its key and arguments, or the English message as it is. */
    public Text messageText() {
        return text != null ? text : Text.literal(message);
    }

    /** The message in {@code locale}'s language where it has a key, else the English message. */
    public String message(Locale locale) {
        return text != null ? text.format(locale) : message;
    }

    /** "$.model.subnets[2].cidr: '10.0.300.0/24' is not a valid CIDR block". */
    @Override
    public String toString() {
        return location.isEmpty() ? message : location + ": " + message;
    }
}
