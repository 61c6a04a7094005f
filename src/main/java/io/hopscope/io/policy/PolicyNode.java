package io.hopscope.io.policy;

import io.hopscope.reach.Assertion.Location;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The parsed text of a policy file before it is bound: maps, lists and scalars, each with its position. */
sealed interface PolicyNode {

    Location at();

    /** What the node is, for messages ("a list", "the text 'x'"). */
    String describe();

    /** How many nodes this tree holds (aliases counted at every use): what expansion limits count. */
    int size();

    record Scalar(String text, boolean isNull, Location at) implements PolicyNode {
        public String describe() {
            return isNull ? "nothing (null)" : "'" + text + "'";
        }

        public int size() {
            return 1;
        }
    }

    record ListNode(List<PolicyNode> items, Location at, int size) implements PolicyNode {
        public String describe() {
            return "a list";
        }
    }

    /** A mapping; {@code keys} keeps where each key was written, for "unknown key" messages. */
    record MapNode(LinkedHashMap<String, PolicyNode> values, Map<String, Location> keys, Location at, int size)
            implements PolicyNode {
        public String describe() {
            return "a mapping";
        }
    }
}
