package io.hopscope.io.reach;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.hopscope.reach.AssertionChange;
import io.hopscope.reach.AssertionResult;
import io.hopscope.reach.FlowChange;
import io.hopscope.reach.Policy;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * {@code check --diff}: a policy on both sides of a Terraform plan. Text gives each assertion's
 * result before and after and the table of flows that change verdict; JSON the same as data; JUnit
 * one test case per assertion judged on the planned network (as {@code check}), the changed flows
 * in its system-out; SARIF the failed assertions (as {@code check}) plus one result per changed
 * flow, a warning for what the change opens and a note for what it closes.
 */
public final class CheckDiffWriter {
    private static final int ADDRESSES_SHOWN = 3;

    private CheckDiffWriter() {
    }

    public static String text(String model, Policy p, List<AssertionChange> changes) {
        StringBuilder sb = new StringBuilder("Change: ").append(model).append(" (prior state -> planned values), policy ")
                .append(p.source()).append('\n');
        for (AssertionChange c : changes) {
            sb.append(String.format("%-6s-> %-6s%s  [%s]%n", c.before() == null ? "-" : c.before().holds() ? "PASS" : "FAIL",
                    c.after().holds() ? "PASS" : "FAIL", c.assertion().name(), c.status()));
            if (!c.after().holds()) {
                sb.append("      ").append(c.after().summary()).append('\n');
                sb.append("      ").append(CheckReportWriter.counterexample(c.after().counterexample())).append('\n');
            }
        }
        List<FlowChange> flows = changes.stream().flatMap(c -> c.flows().stream()).toList();
        if (flows.isEmpty()) {
            sb.append("No flow of the policy changes verdict.\n");
        } else {
            sb.append("\nFlows that change verdict:\n");
            sb.append(String.format("%-8s %-14s %-14s %-28s %-36s %-8s %-14s %s%n", "CHANGE", "BEFORE", "AFTER", "FROM", "TO",
                    "PROTOCOL", "PORTS", "ASSERTION"));
            for (FlowChange f : flows) {
                sb.append(row(f)).append('\n');
            }
        }
        long opened = flows.stream().filter(f -> f.change().equals("opens")).count();
        long closed = flows.stream().filter(f -> f.change().equals("closes")).count();
        long failed = changes.stream().filter(c -> !c.after().holds()).count();
        sb.append(opened).append(" opened, ").append(closed).append(" closed, ")
                .append(flows.size() - opened - closed).append(" changed; ")
                .append(changes.stream().filter(c -> c.status().equals("broken")).count()).append(" assertion(s) broken by the change, ")
                .append(changes.stream().filter(c -> c.status().equals("fixed")).count()).append(" fixed; after the change: ")
                .append(changes.size() - failed).append(" passed, ").append(failed).append(" failed\n");
        return sb.toString();
    }

    private static String row(FlowChange f) {
        return String.format("%-8s %-14s %-14s %-28s %-36s %-8s %-14s %s", f.change(), FlowChange.label(f.before()),
                FlowChange.label(f.after()), from(f), to(f), f.protocol(), f.ports().isEmpty() ? "-" : String.join(",", f.ports()),
                f.assertion());
    }

    private static String from(FlowChange f) {
        String who = f.fromName().equals(f.from()) ? f.from() : f.fromName();
        List<String> a = f.addresses();
        String shown = a.size() <= ADDRESSES_SHOWN ? String.join(",", a)
                : String.join(",", a.subList(0, ADDRESSES_SHOWN)) + " +" + (a.size() - ADDRESSES_SHOWN) + " more";
        return who + " " + shown;
    }

    private static String to(FlowChange f) {
        return (f.toName().equals(f.to()) ? f.to() : f.toName() + " (" + f.to() + ")") + " " + f.destination();
    }

    /** One line per changed flow, for JUnit's system-out and SARIF messages. */
    public static String sentence(FlowChange f) {
        return f.change() + ": " + f.protocol() + (f.ports().isEmpty() ? "" : " " + String.join(",", f.ports())) + " from "
                + f.fromName() + " " + String.join(",", f.addresses()) + " to " + to(f) + ": " + FlowChange.label(f.before())
                + " -> " + FlowChange.label(f.after());
    }

    public static String json(String model, Policy p, List<AssertionChange> changes) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(w).useDefaultPrettyPrinter()) {
            g.writeStartObject();
            g.writeStringField("model", model);
            g.writeStringField("policy", p.source());
            g.writeBooleanField("passed", changes.stream().allMatch(c -> c.after().holds()));
            g.writeArrayFieldStart("assertions");
            for (AssertionChange c : changes) {
                g.writeStartObject();
                g.writeStringField("name", c.assertion().name());
                g.writeStringField("expect", c.assertion().expect().wireName());
                g.writeStringField("status", c.status());
                result(g, "before", c.before());
                result(g, "after", c.after());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("flows");
            for (AssertionChange c : changes) {
                for (FlowChange f : c.flows()) {
                    flow(g, f);
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w + "\n";
    }

    private static void result(JsonGenerator g, String name, AssertionResult r) throws IOException {
        if (r == null) {
            g.writeNullField(name);
            return;
        }
        g.writeObjectFieldStart(name);
        g.writeBooleanField("holds", r.holds());
        g.writeStringField("summary", r.summary());
        if (r.counterexample() != null) {
            g.writeStringField("counterexample", CheckReportWriter.counterexample(r.counterexample()));
        }
        g.writeEndObject();
    }

    private static void flow(JsonGenerator g, FlowChange f) throws IOException {
        g.writeStartObject();
        g.writeStringField("assertion", f.assertion());
        g.writeStringField("change", f.change());
        g.writeStringField("from", f.from());
        g.writeStringField("fromName", f.fromName());
        g.writeStringField("to", f.to());
        g.writeStringField("toName", f.toName());
        g.writeStringField("destination", f.destination());
        g.writeStringField("protocol", f.protocol());
        strings(g, f.protocol().startsWith("icmp") ? "types" : "ports", f.ports());
        strings(g, "addresses", f.addresses());
        g.writeStringField("before", FlowChange.label(f.before()));
        g.writeStringField("after", FlowChange.label(f.after()));
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String s : values) {
            g.writeString(s);
        }
        g.writeEndArray();
    }

    public static String junit(String model, Policy p, List<AssertionChange> changes) {
        long failed = changes.stream().filter(c -> !c.after().holds()).count();
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<testsuite name=\"").append(CheckReportWriter.xml("hopscope check --diff " + model + " " + p.source()))
                .append("\" tests=\"").append(changes.size()).append("\" failures=\"").append(failed)
                .append("\" errors=\"0\" skipped=\"0\">\n");
        for (AssertionChange c : changes) {
            AssertionResult r = c.after();
            sb.append("  <testcase classname=\"").append(CheckReportWriter.xml(p.source())).append("\" name=\"")
                    .append(CheckReportWriter.xml(c.assertion().name())).append("\">\n");
            if (!r.holds()) {
                sb.append("    <failure message=\"").append(CheckReportWriter.xml(c.status() + ": " + r.summary()))
                        .append("\" type=\"").append(c.assertion().expect().wireName()).append("\">")
                        .append(CheckReportWriter.xml(CheckReportWriter.counterexample(r.counterexample()))).append("</failure>\n");
            }
            StringBuilder out = new StringBuilder(c.status()).append('\n');
            c.flows().forEach(f -> out.append(sentence(f)).append('\n'));
            sb.append("    <system-out>").append(CheckReportWriter.xml(out.toString())).append("</system-out>\n  </testcase>\n");
        }
        return sb.append("</testsuite>\n").toString();
    }

    public static String sarif(String model, Policy p, List<AssertionChange> changes) {
        return CheckDiffSarif.write(model, p, changes);
    }
}
