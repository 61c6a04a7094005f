package io.hopscope.lab;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hopscope.check.Problem;
import io.hopscope.check.Severity;
import io.hopscope.io.policy.PolicyException;
import io.hopscope.io.policy.PolicyReader;
import io.hopscope.reach.Assertion;
import java.util.List;

/**
 * Reads a lab assertion with the {@code check} command's own policy reader, so a lab accepts
 * exactly what a policy file accepts (selectors, protocols, ports, expect) and says so in the same
 * words, placed at the assertion's JSON path.
 */
final class LabPolicies {

    private LabPolicies() {
    }

    /** Null, and a problem at {@code path}, when the policy reader refuses the assertion. */
    static Assertion read(LocalizedText label, ObjectNode policy, String path, List<Problem> problems) {
        ObjectNode one = JsonNodeFactory.instance.objectNode();
        one.put("name", label.en());
        one.setAll(policy);
        ObjectNode doc = JsonNodeFactory.instance.objectNode();
        ArrayNode list = doc.putArray("assertions");
        list.add(one);
        try {
            return PolicyReader.parse(path, doc.toString(), true).assertions().get(0);
        } catch (PolicyException e) {
            problems.add(new Problem(Severity.ERROR, path, e.reason(), null, e.text()));
            return null;
        }
    }
}
