package io.hopscope.ui.lab;

import io.hopscope.lab.AssertionCheck;
import io.hopscope.lab.Violation;
import io.hopscope.reach.Counterexample;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * Says what the grader found in the reader's language, from the structured results (verdict,
 * endpoints, port, blocking component, constraint code), never by translating English sentences:
 * the engine's and the CLI's English stays as it is.
 */
final class LabTexts {

    private final ResourceBundle messages;

    LabTexts(ResourceBundle messages) {
        this.messages = messages;
    }

    String detail(AssertionCheck c) {
        if (c.holds()) {
            return "";
        }
        if (c.error() != null || c.counterexample() == null) {
            return format("lab.assertion.cannotEvaluate", c.error() == null ? c.summary() : c.error());
        }
        Counterexample x = c.counterexample();
        String flow = flow(x);
        String verdict = verdict(x.verdict());
        boolean expectedReachable = c.assertion().assertion().expect()
                == io.hopscope.reach.Assertion.Expectation.REACHABLE;
        if (expectedReachable) {
            return x.blockedAt() == null ? format("lab.assertion.notReachable", flow, verdict)
                    : format("lab.assertion.blockedAt", flow, verdict, componentName(x, x.blockedAt()));
        }
        return format("lab.assertion.gotThrough", flow, verdict);
    }

    String violation(Violation v) {
        String key = "lab.violation." + v.code();
        if (!messages.containsKey(key)) {
            return v.english();
        }
        Object[] args = v.args().toArray();
        // Words inside the arguments (a direction, a resource kind) are said in the reader's language too.
        for (int i = 0; i < args.length; i++) {
            String word = String.valueOf(args[i]);
            if (word.equals("inbound") || word.equals("outbound")) {
                args[i] = messages.getString("inspector.finding." + word);
            } else if (v.code().equals("newResource") && i == 0 && messages.containsKey("kind." + word)) {
                args[i] = messages.getString("kind." + word);
            }
        }
        return MessageFormat.format(messages.getString(key), args);
    }

    private String flow(Counterexample x) {
        String port = x.port() == null ? "" : " " + x.port();
        boolean traced = x.trace() != null;
        return format("lab.assertion.flow", x.protocol() + port, traced ? x.trace().query().fromLabel() : x.from(),
                traced ? x.trace().query().toLabel() : x.to());
    }

    /** The name people gave the component (db-nacl), else its id. */
    private static String componentName(Counterexample x, String id) {
        if (x.trace() == null) {
            return id;
        }
        return x.trace().blockers().stream().map(b -> b.hop()).filter(h -> h.componentId().equals(id))
                .map(h -> h.name().isEmpty() ? id : h.name()).findFirst().orElse(id);
    }

    private String verdict(String v) {
        String key = "lab.verdict." + (v == null ? "UNKNOWN" : v);
        return messages.containsKey(key) ? messages.getString(key) : v;
    }

    String format(String key, Object... args) {
        return MessageFormat.format(messages.getString(key), args);
    }
}
