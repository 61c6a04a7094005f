package io.hopscope.io.reach;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.hopscope.reach.Assertion;
import io.hopscope.reach.Policy;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * One SARIF 2.1.0 log of a policy run, shared by {@code check} and {@code check --diff}: the tool
 * with its rules, then the results, each located at its assertion in the policy file (line and
 * column) so code scanning shows it beside the pull request.
 */
final class SarifLog {

    /** The rules of {@code check}: an assertion that fails is an error. */
    static final String[][] EXPECT_RULES = {
        {"hopscope/expect-reachable", "A policy assertion that expected the flows to be reachable failed"},
        {"hopscope/expect-unreachable", "A policy assertion that expected the flows to be unreachable failed"},
    };

    /** Writes the results of one run. */
    interface Results {
        void write(SarifLog log) throws IOException;
    }

    private final JsonGenerator g;
    private final Policy policy;

    private SarifLog(JsonGenerator g, Policy policy) {
        this.g = g;
        this.policy = policy;
    }

    static String write(Policy policy, String[][] rules, Results results) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(w).useDefaultPrettyPrinter()) {
            g.writeStartObject();
            g.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            g.writeStringField("version", "2.1.0");
            g.writeArrayFieldStart("runs");
            g.writeStartObject();
            g.writeObjectFieldStart("tool");
            g.writeObjectFieldStart("driver");
            g.writeStringField("name", "Hopscope");
            g.writeArrayFieldStart("rules");
            for (String[] r : rules) {
                g.writeStartObject();
                g.writeStringField("id", r[0]);
                g.writeObjectFieldStart("shortDescription");
                g.writeStringField("text", r[1]);
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
            g.writeArrayFieldStart("results");
            results.write(new SarifLog(g, policy));
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w + "\n";
    }

    void result(Assertion a, String rule, String level, String text) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", rule);
        g.writeStringField("level", level);
        g.writeObjectFieldStart("message");
        g.writeStringField("text", text);
        g.writeEndObject();
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", policy.source().replace('\\', '/'));
        g.writeEndObject();
        if (a.at() != null) {
            g.writeObjectFieldStart("region");
            g.writeNumberField("startLine", a.at().line());
            g.writeNumberField("startColumn", a.at().column());
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
    }
}
