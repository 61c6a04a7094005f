package io.hopscope.check.rule;

import io.hopscope.check.Findings;
import io.hopscope.check.ModelRule;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Resource;
import java.util.HashMap;
import java.util.Map;

/** Ids are unique across the whole model: references and shapes find resources by id alone. */
public final class UniqueIdsRule implements ModelRule {

    @Override
    public String findingsName() {
        return "duplicate ids";
    }

    @Override
    public void check(NetworkModel m, Findings f) {
        Map<String, Resource> first = new HashMap<>();
        for (Resource r : m.allResources()) {
            if (r.id() == null || r.id().isBlank()) {
                f.error(r, ".id", Findings.kindName(r.kind()) + " without an id");
                continue;
            }
            Resource earlier = first.putIfAbsent(r.id(), r);
            if (earlier != null) {
                f.error(r, ".id", "duplicate id '" + r.id() + "' (also used by " + Findings.describe(earlier) + ")");
            }
        }
    }
}
