package io.hopscope.io.trace;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hopscope.engine.Hop;
import io.hopscope.engine.Trace;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.PlanUnknowns;
import io.hopscope.model.Workload;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which values on a trace's path are stand-ins for what a Terraform plan knows only after apply
 * (ids, addresses), so a reader never mistakes a placeholder for a real address: the text output
 * lists them under "Placeholders", the JSON output as {@code "placeholders"}.
 */
public final class PlaceholderNotes {
    private PlaceholderNotes() {
    }

    /** The placeholders of the components the trace met and of its two endpoints. */
    public static List<PlanUnknowns.Placeholder> of(Trace trace, NetworkModel model) {
        PlanUnknowns u = model.unknowns();
        if (u.placeholders().isEmpty()) {
            return List.of();
        }
        Set<String> ids = new LinkedHashSet<>();
        ids.add(trace.query().from());
        ids.add(trace.query().to());
        for (List<Hop> hops : List.of(trace.forward().hops(), trace.reply() == null ? List.<Hop>of() : trace.reply().hops())) {
            for (Hop h : hops) {
                ids.add(h.componentId());
                if (h.groups() != null) {
                    ids.addAll(h.groups());
                }
            }
        }
        for (String id : new ArrayList<>(ids)) {
            Workload w = model.workload(id);
            if (w != null) {
                ids.addAll(w.networkInterfaceIds());
            }
            NetworkInterface eni = model.networkInterface(id);
            if (eni != null) {
                ids.addAll(eni.securityGroupIds());
                Workload owner = model.ownerOf(eni.id());
                if (owner != null) {
                    ids.add(owner.id());
                }
            }
        }
        return u.placeholders().stream().filter(p -> ids.contains(p.resourceId())).toList();
    }

    /** "Placeholders (known only after apply): ..." lines, or "" when there are none. */
    public static String text(List<PlanUnknowns.Placeholder> placeholders) {
        if (placeholders.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(System.lineSeparator())
                .append("Placeholders (the plan knows these only after apply; Hopscope stands in for them):")
                .append(System.lineSeparator());
        for (PlanUnknowns.Placeholder p : placeholders) {
            sb.append("  ").append(p.value()).append("  ").append(p.field()).append(" of ").append(p.address());
            if (!p.value().startsWith(p.resourceId())) {
                sb.append(" (").append(p.resourceId()).append(')');
            }
            sb.append(System.lineSeparator());
        }
        return sb.toString();
    }

    /** Adds {@code "placeholders": [{"resource", "field", "value", "address"}]} to a trace's JSON. */
    public static void json(ObjectNode trace, List<PlanUnknowns.Placeholder> placeholders) {
        ArrayNode a = trace.putArray("placeholders");
        for (PlanUnknowns.Placeholder p : placeholders) {
            ObjectNode o = a.addObject();
            o.put("resource", p.resourceId());
            o.put("field", p.field());
            o.put("value", p.value());
            o.put("address", p.address());
        }
    }
}
