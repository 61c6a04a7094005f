package io.hopscope.check;

import io.hopscope.text.Text;
import io.hopscope.model.LongLoop;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Resource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Ids are unique across the whole model: references and shapes find resources by id alone. */
public final class UniqueIdsRule implements ModelRule {

    @Override
    public String findingsName() {
        return "duplicate ids";
    }

    @Override
    public void check(NetworkModel m, Findings f) {
        List<Resource> all = m.allResources();
        Map<String, Resource> first = new HashMap<>(all.size() * 4 / 3 + 1);
        LongLoop.forEach(all, r -> check(r, first, f));
    }

    private static void check(Resource r, Map<String, Resource> first, Findings f) {
        if (r.id() == null || r.id().isBlank()) {
            f.error(r, ".id", Text.of("check.id.missing", Findings.kind(r.kind())));
            return;
        }
        Resource earlier = first.putIfAbsent(r.id(), r);
        if (earlier != null) {
            f.error(r, ".id", Text.of("check.id.duplicate", r.id(), Findings.described(earlier)));
        }
    }
}
