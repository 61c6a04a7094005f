package io.hopscope.io.aws;

import io.hopscope.check.Problem;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Makes every reference of an imported model name an existing resource of the right kind, the
 * way {@code ReferencesRule} checks them: a missing required target drops the resource (a subnet
 * without its VPC), a missing optional one is cleared (a NAT gateway's deleted interface), ids in
 * lists are removed, a route to a missing target becomes a blackhole and a security group rule
 * naming a missing group is dropped ({@link ReferenceFixes}). Repeats until nothing more is
 * dropped; linear per pass, a pass over a large model in chunks on two cores.
 */
final class ReferenceRepair {

    private final Function<String, String> where;
    private final List<Problem> report;
    private final SecondCore core;
    private NetworkModel model;

    ReferenceRepair(NetworkModel model, Function<String, String> where, List<Problem> report, SecondCore core) {
        this.model = model;
        this.where = where;
        this.report = report;
        this.core = core;
    }

    /**
     * The model with its references repaired: the very model given when every reference resolves,
     * so its id lookups, built here, serve the validation and the trace that follow (at quota scale
     * a rebuilt copy cost 40,000 new records and the lookups a second time).
     */
    NetworkModel repair() {
        while (true) {
            NetworkModel pass = model;
            List<Resource> all = pass.allResources();
            // The lookups are built lazily, once: here, before a second thread reads them.
            pass.find("");
            List<Resource> kept = new ArrayList<>(all.size());
            boolean dropped = false;
            boolean changed = false;
            for (ReferenceFixes share : core.inChunks(all, part -> new ReferenceFixes(pass, where).over(part))) {
                report.addAll(share.problems());
                kept.addAll(share.kept());
                dropped |= share.dropped();
                changed |= share.changed();
            }
            if (!dropped && !changed) {
                return model;
            }
            model = NetworkModel.builder().addAll(kept).build();
            if (!dropped) {
                return model;
            }
        }
    }
}
