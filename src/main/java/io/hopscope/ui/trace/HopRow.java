package io.hopscope.ui.trace;

import io.hopscope.engine.Decision;
import io.hopscope.engine.Hop;
import io.hopscope.engine.Trace;
import io.hopscope.model.NetworkModel;
import io.hopscope.ui.common.RuleWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * One line of the trace table: a hop of the request or of the reply, in the order the packet met
 * them. {@code index} is its position in the whole list (request hops first, then reply hops);
 * {@code ruleSaid} the deciding rule in the UI's language ({@link RuleWords}).
 */
public record HopRow(int index, boolean reply, Hop hop, String ruleSaid) {

    /** The request's hops, then the reply's, their rules as the contract spells them. */
    static List<HopRow> rowsOf(Trace t) {
        return rowsOf(t, h -> h.rule() == null ? "" : h.rule());
    }

    /** The same with each rule said in {@code locale}, looked up in the {@code model} traced. */
    static List<HopRow> rowsOf(Trace t, NetworkModel model, Locale locale) {
        return rowsOf(t, h -> RuleWords.said(h, model, locale));
    }

    private static List<HopRow> rowsOf(Trace t, Function<Hop, String> rule) {
        List<HopRow> list = new ArrayList<>();
        for (Hop h : t.forward().hops()) {
            list.add(new HopRow(list.size(), false, h, rule.apply(h)));
        }
        if (t.reply() != null) {
            for (Hop h : t.reply().hops()) {
                list.add(new HopRow(list.size(), true, h, rule.apply(h)));
            }
        }
        return list;
    }

    public boolean blocks() {
        return hop.blocks();
    }

    /** A hop the model does not evaluate (rulebook 14): neither passed nor dropped, shown grey. */
    public boolean unknown() {
        return hop.decision() == Decision.UNKNOWN;
    }

    /** A check, a cross or a question mark, so the state is also readable without colour. */
    public String mark() {
        return hop.blocks() ? "\u2717" : unknown() ? "?" : "\u2713";
    }

    /** "network-acl db-nacl (acl-0…) egress": what the component is, by name when it has one. */
    public String component() {
        StringBuilder sb = new StringBuilder(hop.kind().wireName()).append(' ');
        sb.append(hop.name().isEmpty() ? hop.componentId() : hop.name() + " (" + hop.componentId() + ")");
        if (hop.direction() != null) {
            sb.append(' ').append(hop.direction().wireName());
        }
        if (!hop.groups().isEmpty()) {
            sb.append(" [").append(String.join(", ", hop.groups())).append(']');
        }
        return sb.toString();
    }

    /** "Network ACL db-nacl (acl-0…) outbound" in the UI's language: the table's and the hop title's words. */
    public String component(java.util.ResourceBundle messages) {
        StringBuilder sb = new StringBuilder(ComponentNames.of(hop.kind(), messages)).append(' ');
        sb.append(hop.name().isEmpty() ? hop.componentId() : hop.name() + " (" + hop.componentId() + ")");
        if (hop.direction() != null) {
            sb.append(' ').append(ComponentNames.of(hop.direction(), messages));
        }
        if (!hop.groups().isEmpty()) {
            sb.append(" [").append(String.join(", ", hop.groups())).append(']');
        }
        return sb.toString();
    }

    public String decision(java.util.ResourceBundle messages) {
        return ComponentNames.of(hop.decision(), messages);
    }

    /** The packet as this hop saw it; a NAT hop shows the translated addresses. */
    public String packet() {
        return hop.packet().describe();
    }

    public String rule() {
        return hop.rule() == null ? "" : hop.rule();
    }

    public String decision() {
        return hop.decision().name();
    }
}
