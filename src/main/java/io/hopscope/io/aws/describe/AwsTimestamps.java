package io.hopscope.io.aws.describe;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Timestamps as the AWS tools print them: the CLI's ISO form ({@code 2020-03-03T01:21:01.000Z},
 * {@code 2024-05-14T09:12:44+00:00}) and boto's {@code str(datetime)} form
 * ({@code 2020-03-03 01:21:01+00:00}), which Batfish snapshots carry.
 */
public final class AwsTimestamps {

    private AwsTimestamps() {
    }

    /** Parses either form; a time without an offset is taken as UTC. */
    public static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty timestamp");
        }
        String t = text.trim();
        Instant plain = AwsTimestampText.parse(t);
        if (plain != null) {
            return plain;
        }
        if (t.length() > 10 && t.charAt(10) == ' ') {
            t = t.substring(0, 10) + 'T' + t.substring(11);
        }
        try {
            return OffsetDateTime.parse(t, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException withOffset) {
            try {
                return LocalDateTime.parse(t, DateTimeFormatter.ISO_LOCAL_DATE_TIME).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException local) {
                throw new IllegalArgumentException("'" + text + "' is not a timestamp (expected e.g. "
                        + "2020-03-03T01:21:01.000Z or 2020-03-03 01:21:01+00:00)");
            }
        }
    }

    /** Jackson hook so that every {@link Instant} field of the describe records accepts both forms. */
    static final class Deserializer extends StdScalarDeserializer<Instant> {
        private static final long serialVersionUID = 1L;

        Deserializer() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            if (p.currentToken().isNumeric()) {
                // boto3 with the default JSON encoder can leave epoch seconds
                return Instant.ofEpochMilli(Math.round(p.getDoubleValue() * 1000));
            }
            String text = p.getValueAsString();
            try {
                return AwsTimestamps.parse(text);
            } catch (IllegalArgumentException e) {
                return (Instant) ctx.handleWeirdStringValue(Instant.class, text, e.getMessage());
            }
        }
    }
}
