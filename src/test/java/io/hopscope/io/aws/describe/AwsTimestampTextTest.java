package io.hopscope.io.aws.describe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The positional reading of AWS timestamps gives the formatter's instant, and leaves it every other form. */
class AwsTimestampTextTest {

    @Test
    void agreesWithTheFormatter() {
        List<String> texts = new ArrayList<>(List.of("2020-03-03T01:21:01.000Z", "2020-03-03 01:21:01+00:00",
                "2024-05-14T09:12:44+00:00", "2020-03-03 03:21:01+02:00", "2020-03-03 01:21:01.123456+00:00",
                "2020-02-30T00:00:00Z", "2021-02-29T00:00:00Z", "2024-02-29T23:59:59.999999999Z",
                "2020-03-03T24:00:00Z", "2020-03-03T01:21:60Z", "2020-03-03T01:21:01-00:00", "2020-03-03T01:21:01+18:00",
                "2020-03-03T01:21:01+17:59", "2020-03-03T01:21:01.Z", "2020-03-03T01:21:01.1234567891Z",
                "2020-03-03T01:21:01", "2020-03-03T01:21Z", "+12020-03-03T01:21:01Z", "2020-3-03T01:21:01Z",
                "2020-03-03t01:21:01Z", "2020-03-03T01:21:01z", "2020-03-03T01:21:01+0100", "2020-13-03T01:21:01Z"));
        Random random = new Random(3);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder sb = new StringBuilder(texts.get(random.nextInt(5)));
            for (int k = 1 + random.nextInt(2); k > 0; k--) {
                int at = random.nextInt(sb.length());
                sb.setCharAt(at, "0123456789:-+.TZ 9".charAt(random.nextInt(18)));
            }
            texts.add(sb.toString());
        }
        for (String t : texts) {
            Instant fast = AwsTimestampText.parse(t);
            if (fast != null) {
                assertEquals(formatter(t), fast, t);
            }
        }
    }

    @Test
    void takesThePlainFormsOnly() {
        assertEquals(Instant.parse("2020-03-03T01:21:01Z"), AwsTimestampText.parse("2020-03-03 01:21:01+00:00"));
        assertEquals(Instant.parse("2020-03-02T23:21:01.5Z"), AwsTimestampText.parse("2020-03-03T01:21:01.5+02:00"));
        assertNull(AwsTimestampText.parse("2020-02-30T00:00:00Z"));
        assertNull(AwsTimestampText.parse("2020-03-03T01:21:01"));
        assertNull(AwsTimestampText.parse("2020-03-03T01:21:01+18:00"));
    }

    /** What AwsTimestamps read before the positional path: the ISO formatters. */
    private static Instant formatter(String text) {
        String t = text.length() > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) + 'T' + text.substring(11) : text;
        try {
            return OffsetDateTime.parse(t, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(t, DateTimeFormatter.ISO_LOCAL_DATE_TIME).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException local) {
                return null;
            }
        }
    }
}
