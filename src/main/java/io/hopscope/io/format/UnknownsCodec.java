package io.hopscope.io.format;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.hopscope.check.Problem;
import io.hopscope.model.PlanUnknowns;
import io.hopscope.model.UnknownRules;
import io.hopscope.text.Text;
import java.io.IOException;
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

    private UnknownsCodec() {
    }

    /** Streamed: a plan of 10,000 resources has tens of thousands of placeholders. */
    static void write(JsonGenerator g, PlanUnknowns u) throws IOException {
        g.writeStartObject();
        if (!u.placeholders().isEmpty()) {
            g.writeArrayFieldStart("placeholders");
            for (PlanUnknowns.Placeholder p : u.placeholders()) {
                g.writeStartObject();
                g.writeStringField("resource", p.resourceId());
                g.writeStringField("field", p.field());
                g.writeStringField("value", p.value());
                g.writeStringField("address", p.address());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (!u.ruleSets().isEmpty()) {
            g.writeArrayFieldStart("ruleSets");
            for (UnknownRules r : u.ruleSets()) {
                g.writeStartObject();
                g.writeStringField("resource", r.resourceId());
                g.writeStringField("side", r.side().wireName());
                g.writeStringField("address", r.address());
                g.writeStringField("why", r.why());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
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
                r.error("side", Text.of("field.unknowns.notASide", side));
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
