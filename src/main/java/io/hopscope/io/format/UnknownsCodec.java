package io.hopscope.io.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hopscope.check.Problem;
import io.hopscope.model.PlanUnknowns;
import io.hopscope.model.UnknownRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code "model": {"unknowns": {"placeholders": [...], "ruleSets": [...]}}}: what a diagram
 * imported from a Terraform plan leaves open until apply, kept in the file so it traces as the
 * plan does (an unknown rule set must never come back as an empty one). Absent for other diagrams.
 */
final class UnknownsCodec {
    static final String KEY = "unknowns";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private UnknownsCodec() {
    }

    static ObjectNode encode(PlanUnknowns u) {
        ObjectNode o = NODES.objectNode();
        if (!u.placeholders().isEmpty()) {
            ArrayNode a = o.putArray("placeholders");
            for (PlanUnknowns.Placeholder p : u.placeholders()) {
                ObjectNode n = a.addObject();
                n.put("resource", p.resourceId());
                n.put("field", p.field());
                n.put("value", p.value());
                n.put("address", p.address());
            }
        }
        if (!u.ruleSets().isEmpty()) {
            ArrayNode a = o.putArray("ruleSets");
            for (UnknownRules r : u.ruleSets()) {
                ObjectNode n = a.addObject();
                n.put("resource", r.resourceId());
                n.put("side", r.side().wireName());
                n.put("address", r.address());
                n.put("why", r.why());
            }
        }
        return o;
    }

    /** The unknowns of a model object, NONE when absent; problems are added with their JSON path. */
    static PlanUnknowns decode(JsonFields model, List<Problem> problems) {
        if (!model.has(KEY)) {
            return PlanUnknowns.NONE;
        }
        JsonFields f = JsonFields.of(model.raw(KEY), model.pathOf(KEY), problems);
        if (f == null) {
            model.markFailed();
            return PlanUnknowns.NONE;
        }
        List<PlanUnknowns.Placeholder> placeholders = new ArrayList<>();
        List<JsonNode> items = f.array("placeholders");
        for (int i = 0; items != null && i < items.size(); i++) {
            JsonFields p = JsonFields.of(items.get(i), JsonPaths.index(f.pathOf("placeholders"), i), problems);
            if (p == null) {
                f.markFailed();
                continue;
            }
            PlanUnknowns.Placeholder one = new PlanUnknowns.Placeholder(p.requiredText("resource"), p.requiredText("field"),
                    p.requiredText("value"), p.requiredText("address"));
            p.finish();
            if (p.ok()) {
                placeholders.add(one);
            } else {
                model.markFailed();
            }
        }
        List<UnknownRules> ruleSets = new ArrayList<>();
        items = f.array("ruleSets");
        for (int i = 0; items != null && i < items.size(); i++) {
            JsonFields r = JsonFields.of(items.get(i), JsonPaths.index(f.pathOf("ruleSets"), i), problems);
            if (r == null) {
                f.markFailed();
                continue;
            }
            String side = r.requiredText("side");
            UnknownRules.Side s = null;
            try {
                s = side == null ? null : UnknownRules.Side.valueOf(side.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                r.error("side", "'" + side + "' is not inbound, outbound or routes");
            }
            String resource = r.requiredText("resource");
            String address = r.requiredText("address");
            String why = r.requiredText("why");
            r.finish();
            if (r.ok() && s != null) {
                ruleSets.add(new UnknownRules(resource, s, address, why));
            } else {
                model.markFailed();
            }
        }
        f.finish();
        if (!f.ok()) {
            model.markFailed();
        }
        return new PlanUnknowns(placeholders, ruleSets);
    }
}
