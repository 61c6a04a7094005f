package io.hopscope.edit;

import io.hopscope.text.Text;
import io.hopscope.diagram.Diagram;
import io.hopscope.model.Listener;
import io.hopscope.model.LoadBalancer;
import java.util.ArrayList;
import java.util.List;

/** Adds a listener to a load balancer: the protocol and port it accepts and where it forwards [ALBL]. */
public record AddListenerEdit(String loadBalancerId, Listener listener) implements Edit {

    @Override
    public String description() {
        return text().toString();
    }

    @Override
    public Text text() {
        return Text.of("edit.listener.add", ListenerEdits.name(listener), loadBalancerId);
    }

    @Override
    public Diagram apply(Diagram diagram) {
        LoadBalancer lb = ListenerEdits.require(diagram, loadBalancerId);
        ListenerEdits.requireFreePort(lb, listener.port());
        List<Listener> listeners = new ArrayList<>(lb.listeners());
        listeners.add(listener);
        return ListenerEdits.with(diagram, lb, listeners);
    }
}
