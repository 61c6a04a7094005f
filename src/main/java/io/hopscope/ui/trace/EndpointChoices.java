package io.hopscope.ui.trace;

import io.hopscope.model.ExternalEndpoint;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Resource;
import io.hopscope.model.Workload;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the source and destination pickers offer: every workload and every endpoint outside the
 * VPCs (internet hosts, AWS services, on-premises networks and customer gateways), by name when the name is unique (the
 * engine resolves Name tags) and by id otherwise. Any other id or an IP address can be typed.
 */
final class EndpointChoices {

    private EndpointChoices() {
    }

    static List<String> of(NetworkModel model) {
        Map<String, Integer> nameCount = new HashMap<>();
        List<Resource> ends = new ArrayList<>();
        ends.addAll(model.workloads());
        ends.addAll(model.externals());
        ends.addAll(model.customerGateways());
        for (Resource r : ends) {
            String name = name(r);
            if (!name.isEmpty()) {
                nameCount.merge(name, 1, Integer::sum);
            }
        }
        List<String> refs = new ArrayList<>();
        for (Resource r : ends) {
            String name = name(r);
            refs.add(!name.isEmpty() && nameCount.get(name) == 1 && model.find(name).isEmpty() ? name : r.id());
        }
        return refs;
    }

    /**
     * How the pickers name the resource {@code id}: its name when that is one of the choices (a
     * unique name), else the id, so "Trace from here" fills the field as a person would.
     */
    static String refFor(NetworkModel model, String id) {
        return model.find(id).map(EndpointChoices::name).filter(n -> !n.isEmpty() && of(model).contains(n)).orElse(id);
    }

    static boolean isTraceEnd(NetworkModel model, String id) {
        return model.find(id).map(r -> r instanceof Workload || r instanceof ExternalEndpoint
                || r instanceof io.hopscope.model.CustomerGateway).orElse(false);
    }

    private static String name(Resource r) {
        return r.name();
    }
}
