package io.hopscope.ui.common;

import io.hopscope.reach.Counterexample;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * Says why an assertion fails in the reader's language, from its counterexample (the flow, its
 * verdict, the component that blocked it), never by translating the engine's English summary: the
 * CLI's and the reports' English stays as it is. The lab panel and the policy panel both use it.
 */
public final class AssertionWords {

    private static final String INTERNET_HOST = "internet host ";

    private final ResourceBundle messages;

    public AssertionWords(ResourceBundle messages) {
        this.messages = messages;
    }

    /** The failure of an assertion that expected the flow to be reachable, or not reachable. */
    public String failure(Counterexample x, boolean expectedReachable) {
        String flow = flow(x);
        String verdict = verdict(x.verdict());
        if (expectedReachable) {
            return x.blockedAt() == null ? format("lab.assertion.notReachable", flow, verdict)
                    : format("lab.assertion.blockedAt", flow, verdict, componentName(x, x.blockedAt()));
        }
        return format("lab.assertion.gotThrough", flow, verdict);
    }

    private String flow(Counterexample x) {
        String port = x.port() == null ? "" : " " + x.port();
        boolean traced = x.trace() != null;
        return format("lab.assertion.flow", x.protocol() + port, endpoint(traced ? x.trace().query().fromLabel() : x.from()),
                endpoint(traced ? x.trace().query().toLabel() : x.to()));
    }

    /**
     * An endpoint's label in the reader's language: the engine names a host outside the VPCs "internet"
     * or "internet host 8.8.8.8" (EndpointResolver, SelectorResolver); every other label is a name or
     * an id, the same in every language.
     */
    public String endpoint(String label) {
        if ("internet".equals(label)) {
            return messages.getString("reach.endpoint.internet");
        }
        if (label != null && label.startsWith(INTERNET_HOST)) {
            return format("reach.endpoint.internetHost", label.substring(INTERNET_HOST.length()));
        }
        return label;
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

    private String format(String key, Object... args) {
        return MessageFormat.format(messages.getString(key), args);
    }
}
