package io.hopscope.lab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hopscope.check.Problem;
import io.hopscope.io.format.JsonFields;
import io.hopscope.io.format.JsonPaths;
import io.hopscope.model.ResourceKind;
import io.hopscope.reach.Assertion;
import io.hopscope.text.Text;
import java.util.ArrayList;
import java.util.List;

/** Decodes the fields of a lab section into a {@link Lab}, every problem with its JSON path. */
final class LabSectionDecoder {

    private final List<Problem> problems;

    LabSectionDecoder(List<Problem> problems) {
        this.problems = problems;
    }

    Lab lab(JsonFields f) {
        String id = f.requiredText("id");
        if (id != null && !id.matches(LabFormat.ID_PATTERN)) {
            f.error("id", Text.of("field.lab.notAnId", id));
        }
        LocalizedText title = text(f, "title");
        LocalizedText goal = text(f, "goal");
        LocalizedText topic = text(f, "topic");
        String difficultyText = f.requiredText("difficulty");
        Difficulty difficulty = Difficulty.ofWireName(difficultyText);
        if (difficultyText != null && difficulty == null) {
            f.error("difficulty", Text.of("field.lab.notADifficulty", difficultyText));
        }
        Integer minutes = f.integer("minutes", 1, LabFormat.MAX_MINUTES, true, Text.of("field.what.minutes"));
        List<LabAssertion> assertions = assertions(f);
        List<LocalizedText> hints = hints(f);
        List<LabConstraint> constraints = constraints(f);
        LocalizedText explanation = text(f, "explanation");
        if (!f.ok() || assertions == null || hints == null || constraints == null || title == null || goal == null
                || topic == null || explanation == null) {
            return null;
        }
        return new Lab(id, title, goal, topic, difficulty, minutes, assertions, hints, constraints, explanation);
    }

    /** A {@code {"en": ..., "ko": ...}} object; both languages are required. */
    LocalizedText text(JsonFields parent, String field) {
        if (!parent.has(field)) {
            parent.error(field, Text.of("field.missing"));
            return null;
        }
        return textAt(parent.raw(field), parent.pathOf(field));
    }

    private LocalizedText textAt(JsonNode node, String path) {
        JsonFields t = JsonFields.of(node, path, problems);
        if (t == null) {
            return null;
        }
        String en = t.requiredText("en");
        String ko = t.requiredText("ko");
        t.finish();
        return t.ok() ? new LocalizedText(en, ko) : null;
    }

    private List<LabAssertion> assertions(JsonFields f) {
        List<JsonNode> items = f.array("assertions");
        if (items == null) {
            return null;
        }
        if (items.isEmpty()) {
            f.error("assertions", Text.of("field.lab.noAssertions"));
            return null;
        }
        List<LabAssertion> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String path = JsonPaths.index(f.pathOf("assertions"), i);
            JsonNode item = items.get(i);
            if (item == null || !item.isObject()) {
                problems.add(JsonFields.keyed(path, Text.of("field.expected", Text.of("field.json.object"), JsonFields.describeText(item))));
                return null;
            }
            if (item.get("label") == null) {
                problems.add(JsonFields.keyed(JsonPaths.field(path, "label"), Text.of("field.missing")));
                return null;
            }
            if (item.get("name") != null) {
                problems.add(JsonFields.keyed(JsonPaths.field(path, "name"), Text.of("field.lab.assertionName")));
                return null;
            }
            LocalizedText label = textAt(item.get("label"), JsonPaths.field(path, "label"));
            if (label == null) {
                return null;
            }
            ObjectNode policy = LabReader.policyOf(item);
            Assertion assertion = LabPolicies.read(label, policy, path, problems);
            if (assertion == null) {
                return null;
            }
            out.add(new LabAssertion(label, policy, assertion));
        }
        return out;
    }

    private List<LocalizedText> hints(JsonFields f) {
        List<JsonNode> items = f.array("hints");
        if (items == null) {
            return null;
        }
        List<LocalizedText> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            LocalizedText t = textAt(items.get(i), JsonPaths.index(f.pathOf("hints"), i));
            if (t == null) {
                return null;
            }
            out.add(t);
        }
        return out;
    }

    private List<LabConstraint> constraints(JsonFields f) {
        List<JsonNode> items = f.array("constraints");
        if (items == null) {
            return null;
        }
        List<LabConstraint> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonFields c = JsonFields.of(items.get(i), JsonPaths.index(f.pathOf("constraints"), i), problems);
            LabConstraint constraint = c == null ? null : constraint(c);
            if (constraint == null) {
                return null;
            }
            out.add(constraint);
        }
        return out;
    }

    private LabConstraint constraint(JsonFields c) {
        String kind = c.requiredText("kind");
        LabConstraint result = null;
        if (LabConstraint.NoWorldOpen.WIRE.equals(kind)) {
            result = new LabConstraint.NoWorldOpen();
        } else if (LabConstraint.NoNewResources.WIRE.equals(kind)) {
            String rk = c.requiredText("resourceKind");
            ResourceKind resourceKind = resourceKind(rk);
            if (rk != null && resourceKind == null) {
                c.error("resourceKind", Text.of("field.lab.notAResourceKind", rk));
            }
            result = resourceKind == null ? null : new LabConstraint.NoNewResources(resourceKind);
        } else if (LabConstraint.NoNewPublicIps.WIRE.equals(kind)) {
            result = new LabConstraint.NoNewPublicIps();
        } else if (LabConstraint.MaxRuleChanges.WIRE.equals(kind)) {
            Integer limit = c.integer("limit", 0, 1000, true, Text.of("field.what.ruleChanges"));
            result = limit == null ? null : new LabConstraint.MaxRuleChanges(limit);
        } else if (kind != null) {
            c.error("kind", Text.of("field.lab.notAConstraint", kind, List.of(LabConstraint.NoWorldOpen.WIRE,
                    LabConstraint.NoNewResources.WIRE, LabConstraint.NoNewPublicIps.WIRE, LabConstraint.MaxRuleChanges.WIRE)));
        }
        c.finish();
        return c.ok() ? result : null;
    }

    private static ResourceKind resourceKind(String wire) {
        for (ResourceKind k : ResourceKind.values()) {
            if (k.wireName().equals(wire)) {
                return k;
            }
        }
        return null;
    }
}
