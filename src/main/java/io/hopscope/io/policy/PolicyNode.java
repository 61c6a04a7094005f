package io.hopscope.io.policy;

import io.hopscope.reach.Assertion.Location;
import io.hopscope.text.Text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The parsed text of a policy file before it is bound: maps, lists and scalars, each with its position. */
sealed interface PolicyNode {

    Location at();

    /** What the node is, for messages ("a list", "the text 'x'"). */
    Text describe();

    /** How many nodes this tree holds (aliases counted at every use): what expansion limits count. */
    int size();

    record Scalar(String text, boolean isNull, Location at) implements PolicyNode {
        public Text describe() {
            return isNull ? Text.of("policy.node.null") : Text.of("policy.node.scalar", text);
        }

        public int size() {
            return 1;
        }
    }

    record ListNode(List<PolicyNode> items, Location at, int size) implements PolicyNode {
        public Text describe() {
            return Text.of("policy.node.list");
        }
    }

    /** A mapping; {@code keys} keeps where each key was written, for "unknown key" messages. */
    record MapNode(LinkedHashMap<String, PolicyNode> values, Map<String, Location> keys, Location at, int size)
            implements PolicyNode {
        public Text describe() {
            return Text.of("policy.node.mapping");
        }
    }
}
