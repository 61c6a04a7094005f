package io.hopscope.io.aws.describe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random damage to describe-* JSON for the tests that compare two ways of reading or converting it. */
public final class JsonDamage {

    private JsonDamage() {
    }

    /** Every object and array of the tree, the root first. */
    public static void collect(JsonNode node, List<JsonNode> into) {
        if (node.isContainerNode()) {
            into.add(node);
            node.forEach(child -> collect(child, into));
        }
    }

    /** Replaces one member of an object or array with an odd value, or adds a case-variant duplicate key. */
    public static void damage(JsonNode container, Random random) {
        JsonNode odd = oddValue(random);
        if (container instanceof ObjectNode o && !o.isEmpty()) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            String name = names.get(random.nextInt(names.size()));
            if (random.nextInt(6) == 0) {
                o.set(name.toLowerCase(java.util.Locale.ROOT).equals(name) ? name.toUpperCase(java.util.Locale.ROOT)
                        : name.toLowerCase(java.util.Locale.ROOT), o.get(name).deepCopy());
            } else {
                o.set(name, odd);
            }
        } else if (container instanceof ArrayNode a && !a.isEmpty()) {
            a.set(random.nextInt(a.size()), odd);
        }
    }

    private static JsonNode oddValue(Random random) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (random.nextInt(12)) {
            case 0 -> f.nullNode();
            case 1 -> f.textNode("80");
            case 2 -> f.textNode("");
            case 3 -> f.numberNode(7);
            case 4 -> f.numberNode(1.5);
            case 5 -> f.numberNode(99_999_999_999L);
            case 6 -> f.booleanNode(true);
            case 7 -> f.arrayNode().add("x").add(f.nullNode());
            case 8 -> f.objectNode().put("Key", "Name").put("Value", "v");
            case 9 -> f.textNode("2020-03-03 01:21:01+00:00");
            case 10 -> f.textNode("true");
            default -> f.objectNode().set("Nested", f.arrayNode().add(1).add(f.objectNode()));
        };
    }
}
