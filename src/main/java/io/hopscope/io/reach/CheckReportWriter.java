package io.hopscope.io.reach;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.hopscope.reach.AssertionResult;
import io.hopscope.reach.Counterexample;
import io.hopscope.reach.Policy;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A check run as text, JSON, JUnit XML (one test case per assertion, a failure carrying its
 * counterexample) or SARIF 2.1.0 (one result per failed assertion, located at the assertion in the
 * policy file, for code scanning).
 */
public final class CheckReportWriter {
    private CheckReportWriter() {
    }

    public static String text(Policy p, List<AssertionResult> results) {
        StringBuilder sb = new StringBuilder();
        int failed = 0;
        for (AssertionResult r : results) {
            sb.append(r.holds() ? "PASS  " : "FAIL  ").append(r.assertion().name()).append('\n');
            if (!r.holds()) {
                failed++;
                sb.append("      ").append(r.summary()).append('\n');
                sb.append("      ").append(counterexample(r.counterexample())).append('\n');
            }
        }
        sb.append(results.size() - failed).append(" passed, ").append(failed).append(" failed\n");
        return sb.toString();
    }

    /** The counterexample as one line, with the trace command that shows it hop by hop. */
    public static String counterexample(Counterexample c) {
        StringBuilder sb = new StringBuilder("counterexample: ").append(c.protocol());
        if (c.port() != null) {
            sb.append(c.protocol().startsWith("icmp") ? " type " : " ").append(c.port());
        }
        sb.append(" from ").append(c.sourceIp());
        if (c.sourcePort() != null) {
            sb.append(':').append(c.sourcePort());
        }
        sb.append(" to ").append(c.destinationIp()).append(" (").append(c.to()).append("): ").append(c.verdict());
        if (c.blockedAt() != null) {
            sb.append(" at ").append(c.blockedAt());
        } else if (!c.path().isEmpty()) {
            sb.append(" via ").append(String.join(" > ", c.path()));
        }
        return sb.toString();
    }

    public static String json(Policy p, List<AssertionResult> results) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(w).useDefaultPrettyPrinter()) {
            g.writeStartObject();
            g.writeStringField("policy", p.source());
            g.writeBooleanField("passed", results.stream().allMatch(AssertionResult::holds));
            g.writeArrayFieldStart("assertions");
            for (AssertionResult r : results) {
                g.writeStartObject();
                g.writeStringField("name", r.assertion().name());
                g.writeStringField("expect", r.assertion().expect().wireName());
                g.writeBooleanField("holds", r.holds());
                g.writeStringField("summary", r.summary());
                if (r.counterexample() != null) {
                    Counterexample c = r.counterexample();
                    g.writeObjectFieldStart("counterexample");
                    g.writeStringField("from", c.from());
                    g.writeStringField("to", c.to());
                    g.writeStringField("protocol", c.protocol());
                    writeInt(g, "port", c.port());
                    writeInt(g, "sourcePort", c.sourcePort());
                    g.writeStringField("sourceIp", c.sourceIp());
                    g.writeStringField("destinationIp", c.destinationIp());
                    g.writeStringField("verdict", c.verdict());
                    g.writeStringField("blockedAt", c.blockedAt());
                    g.writeArrayFieldStart("path");
                    for (String s : c.path()) {
                        g.writeString(s);
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w + "\n";
    }

    private static void writeInt(JsonGenerator g, String name, Integer v) throws IOException {
        if (v == null) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, v);
        }
    }

    public static String junit(Policy p, List<AssertionResult> results) {
        long failed = results.stream().filter(r -> !r.holds()).count();
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<testsuite name=\"").append(xml("hopscope check " + p.source())).append("\" tests=\"")
                .append(results.size()).append("\" failures=\"").append(failed).append("\" errors=\"0\" skipped=\"0\">\n");
        for (AssertionResult r : results) {
            sb.append("  <testcase classname=\"").append(xml(p.source())).append("\" name=\"")
                    .append(xml(r.assertion().name())).append('"');
            if (r.holds()) {
                sb.append("/>\n");
            } else {
                sb.append(">\n    <failure message=\"").append(xml(r.summary())).append("\" type=\"")
                        .append(r.assertion().expect().wireName()).append("\">")
                        .append(xml(counterexample(r.counterexample()))).append("</failure>\n  </testcase>\n");
            }
        }
        return sb.append("</testsuite>\n").toString();
    }

    public static String sarif(Policy p, List<AssertionResult> results) {
        return SarifLog.write(p, SarifLog.EXPECT_RULES, log -> {
            for (AssertionResult r : results) {
                if (!r.holds()) {
                    log.result(r.assertion(), "hopscope/expect-" + r.assertion().expect().wireName(), "error",
                            r.assertion().name() + ": " + r.summary() + "; " + counterexample(r.counterexample()));
                }
            }
        });
    }

    static String xml(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                        sb.append(' ');
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
