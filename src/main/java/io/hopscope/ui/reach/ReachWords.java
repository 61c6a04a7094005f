package io.hopscope.ui.reach;

import io.hopscope.engine.Hop;
import io.hopscope.model.NetworkModel;
import io.hopscope.reach.Cell;
import io.hopscope.reach.ExposureRow;
import io.hopscope.reach.ReachEndpoint;
import io.hopscope.ui.common.RuleWords;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of the reachability table in the UI's language: "all" ports and protocols, the
 * internet as a source, and the rules that let a row through. Ids, addresses, port numbers and
 * protocol names (tcp, udp, icmp) are written as they are: they are what AWS's console shows in
 * every language.
 */
final class ReachWords {

    private final ResourceBundle messages;
    private final Locale locale;

    ReachWords(ResourceBundle messages) {
        this.messages = messages;
        this.locale = messages.getLocale();
    }

    /**
     * The source or target: the internet by its name in the UI's language, anything else by the name a
     * person gave it, then its id ("app-1 (eni-0a1b...)"): in a narrow column the name is what shows.
     */
    String endpoint(ReachEndpoint e) {
        if (e.kind() == ReachEndpoint.Kind.INTERNET) {
            // "internet" itself, or one host of it named by its address (a REF such as 203.0.113.10).
            return e.id().equals("internet") ? messages.getString("reach.endpoint.internet")
                    : java.text.MessageFormat.format(messages.getString("reach.endpoint.internetHost"), e.id());
        }
        return e.name().equals(e.id()) ? e.id() : e.name() + " (" + e.id() + ")";
    }

    /** "all" for every port, else the ranges as they are. */
    String ports(List<String> ports) {
        return ports.isEmpty() || ports.equals(List.of("0-65535")) ? messages.getString("reach.ports.all")
                : String.join(", ", ports);
    }

    /** A protocol name; "all" and "other (47,50)" (the numbers no rule names) are words of the UI's language. */
    String protocol(String protocol, List<String> otherNumbers) {
        if (protocol.equals("other")) {
            return java.text.MessageFormat.format(messages.getString("reach.protocol.other"), String.join(",", otherNumbers));
        }
        return protocol.equals("all") ? messages.getString("reach.protocol.all") : protocol;
    }

    /**
     * "db-sg tcp 5432 from sg-…; acl-… 100": each allowing rule named by its component, a security
     * group rule said in the UI's language (looked up by the hop's {@link RuleRef} in {@code model}),
     * a NACL rule by its number.
     */
    String allowedBy(List<ExposureRow.AllowedBy> allowed, Cell example, NetworkModel model) {
        List<Hop> hops = new ArrayList<>();
        if (example != null && example.trace() != null) {
            hops.addAll(example.trace().forward().hops());
            if (example.trace().reply() != null) {
                hops.addAll(example.trace().reply().hops());
            }
        }
        List<String> parts = new ArrayList<>();
        for (ExposureRow.AllowedBy a : allowed) {
            String part = a.component() + " " + rule(a, hops, model);
            if (!parts.contains(part)) {
                parts.add(part);
            }
        }
        return String.join("; ", parts);
    }

    private String rule(ExposureRow.AllowedBy a, List<Hop> hops, NetworkModel model) {
        for (Hop h : hops) {
            if (h.componentId().equals(a.component()) && a.rule() != null && a.rule().equals(h.rule())) {
                return RuleWords.said(h, model, locale);
            }
        }
        return a.rule();
    }
}
