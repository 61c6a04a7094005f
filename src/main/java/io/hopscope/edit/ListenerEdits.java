package io.hopscope.edit;

import io.hopscope.text.Text;
import io.hopscope.diagram.Diagram;
import io.hopscope.model.Listener;
import io.hopscope.model.LoadBalancer;
import java.util.List;

/** What the listener edits share: finding the load balancer and its listener by port. */
final class ListenerEdits {

    private ListenerEdits() {
    }

    static LoadBalancer require(Diagram diagram, String loadBalancerId) {
        return Lookup.require(diagram, loadBalancerId, LoadBalancer.class, "load balancer");
    }

    static int indexOf(LoadBalancer lb, int port) {
        for (int i = 0; i < lb.listeners().size(); i++) {
            if (lb.listeners().get(i).port() == port) {
                return i;
            }
        }
        return -1;
    }

    /** A load balancer has one listener per port [ALBL]. */
    static void requireFreePort(LoadBalancer lb, int port) {
        if (indexOf(lb, port) >= 0) {
            throw new EditRefusal(Text.of("edit.refusal.listenerExists", lb.label(), port));
        }
    }

    static Diagram with(Diagram diagram, LoadBalancer lb, List<Listener> listeners) {
        return diagram.withModel(diagram.model().with(lb.withListeners(listeners)));
    }

    static String name(Listener l) {
        return l.protocol() + ":" + l.port();
    }
}
