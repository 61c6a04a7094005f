package io.hopscope.io.reach;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.hopscope.reach.Assertion;
import io.hopscope.reach.AssertionChange;
import io.hopscope.reach.FlowChange;
import io.hopscope.reach.Policy;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * SARIF 2.1.0 of {@code check --diff}: the rules of {@code check} (an assertion that fails on the
 * planned network is an error) and three for the change itself, one result per changed flow, each
 * located at its assertion in the policy file so code scanning shows it beside the pull request.
 */
final class CheckDiffSarif {
    private static final String[][] RULES = {
        {"hopscope/expect-reachable", "A policy assertion that expected the flows to be reachable failed"},
        {"hopscope/expect-unreachable", "A policy assertion that expected the flows to be unreachable failed"},
        {"hopscope/change-opens", "The change opens a connection that was not possible before"},
        {"hopscope/change-closes", "The change closes a connection that was possible before"},
        {"hopscope/change-verdict", "The change alters how a flow is decided"},
    };

    private CheckDiffSarif() {
    }

    static String write(String model, Policy p, List<AssertionChange> changes) {
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
            for (String[] r : RULES) {
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
            for (AssertionChange c : changes) {
                if (!c.after().holds()) {
                    result(g, p, c.assertion(), "hopscope/expect-" + c.assertion().expect().wireName(), "error",
                            c.assertion().name() + " (" + c.status() + " by " + model + "): " + c.after().summary() + "; "
                                    + CheckReportWriter.counterexample(c.after().counterexample()));
                }
                for (FlowChange f : c.flows()) {
                    String change = f.change();
                    result(g, p, c.assertion(), "hopscope/change-" + (change.equals("changes") ? "verdict" : change),
                            change.equals("opens") ? "warning" : "note",
                            c.assertion().name() + ": " + CheckDiffWriter.sentence(f));
                }
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w + "\n";
    }

    private static void result(JsonGenerator g, Policy p, Assertion a, String rule, String level, String text)
            throws IOException {
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
        g.writeStringField("uri", p.source().replace('\\', '/'));
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
