package io.hopscope.io.reach;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.hopscope.reach.Exposure;
import io.hopscope.reach.ExposureRow;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * An exposure answer in the contract's formats. JSON: {@code {"targets": [{"target", "name",
 * "reachableFrom": [rows]}]}}. CSV: one line per row, in source order then target order, so the
 * outputs of {@code --shard} runs (split by source) concatenate to the whole answer (the header only
 * in shard 1). Text: per target, one line per row.
 */
public final class ExposureWriter {
    private static final JsonFactory JSON = new JsonFactory();

    private ExposureWriter() {
    }

    public static String json(List<Exposure.Answer> answers) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(w).useDefaultPrettyPrinter()) {
            g.writeStartObject();
            g.writeArrayFieldStart("targets");
            for (Exposure.Answer a : answers) {
                g.writeStartObject();
                g.writeStringField("target", a.target().id());
                g.writeStringField("name", a.target().name());
                g.writeArrayFieldStart("reachableFrom");
                for (ExposureRow r : a.rows()) {
                    row(g, r);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w + "\n";
    }

    private static void row(JsonGenerator g, ExposureRow r) throws IOException {
        g.writeStartObject();
        g.writeStringField("source", r.source().id());
        if (!r.source().name().equals(r.source().id())) {
            g.writeStringField("name", r.source().name());
        }
        g.writeStringField("protocol", r.protocol());
        if (!r.protocolNumbers().isEmpty()) {
            strings(g, "protocolNumbers", r.protocolNumbers());
        }
        if (r.icmp()) {
            strings(g, "types", r.ports());
        } else if (!r.ports().isEmpty()) {
            strings(g, "ports", r.ports());
        }
        strings(g, "addresses", r.addresses());
        g.writeStringField("verdict", r.verdict().name());
        g.writeStringField("destination", r.destination());
        strings(g, "via", r.via());
        g.writeArrayFieldStart("allowedBy");
        for (ExposureRow.AllowedBy a : r.allowedBy()) {
            g.writeStartObject();
            g.writeStringField("component", a.component());
            g.writeStringField("rule", a.rule());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    public static final String CSV_HEADER = "target,target_name,source,source_name,protocol,ports,addresses,verdict,destination,via\n";

    /** CSV lines, source-major (see the class comment); {@code header} for shard 1 or an unsharded run. */
    public static String csv(List<Exposure.Answer> answers, List<String> sourceOrder, boolean header) {
        StringBuilder sb = new StringBuilder(header ? CSV_HEADER : "");
        for (String source : sourceOrder) {
            for (Exposure.Answer a : answers) {
                for (ExposureRow r : a.rows()) {
                    if (!r.source().id().equals(source)) {
                        continue;
                    }
                    String protocol = r.protocolNumbers().isEmpty() ? r.protocol() : String.join(" ", r.protocolNumbers());
                    sb.append(Csv.line(a.target().id(), a.target().name(), r.source().id(), r.source().name(), protocol,
                            String.join(" ", r.ports()), String.join(" ", r.addresses()), r.verdict().name(),
                            r.destination(), String.join(" ", r.via())));
                }
            }
        }
        return sb.toString();
    }

    public static String text(List<Exposure.Answer> answers) {
        StringBuilder sb = new StringBuilder();
        for (Exposure.Answer a : answers) {
            sb.append(a.target()).append(a.rows().isEmpty() ? ": reachable from nothing selected\n" : "\n");
            for (ExposureRow r : a.rows()) {
                String protocol = r.protocolNumbers().isEmpty() ? r.protocol()
                        : "protocols " + String.join(",", r.protocolNumbers());
                sb.append("  ").append(r.verdict() == io.hopscope.engine.Verdict.REACHABLE ? "" : r.verdict() + " ")
                        .append(protocol);
                if (!r.ports().isEmpty()) {
                    sb.append(r.icmp() ? " type " : " ").append(String.join(",", r.ports()));
                }
                sb.append(" from ").append(r.source()).append(' ').append(String.join(", ", r.addresses()))
                        .append(" to ").append(r.destination());
                if (!r.via().isEmpty()) {
                    sb.append(" via ").append(String.join(" ", r.via()));
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }
}
