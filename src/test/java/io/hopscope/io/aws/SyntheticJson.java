package io.hopscope.io.aws;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** The few JSON shapes every describe-* file of the synthetic account repeats. */
final class SyntheticJson {

    private SyntheticJson() {
    }

    static void open(JsonGenerator g, String key) throws IOException {
        g.writeStartObject();
        g.writeArrayFieldStart(key);
    }

    static void close(JsonGenerator g) throws IOException {
        g.writeEndArray();
        g.writeEndObject();
    }

    static void tags(JsonGenerator g, String field, String name) throws IOException {
        g.writeArrayFieldStart(field);
        g.writeStartObject();
        g.writeStringField("Key", "Name");
        g.writeStringField("Value", name);
        g.writeEndObject();
        g.writeEndArray();
    }

    static void strings(JsonGenerator g, String field, String... values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String s : values) {
            g.writeString(s);
        }
        g.writeEndArray();
    }
}
