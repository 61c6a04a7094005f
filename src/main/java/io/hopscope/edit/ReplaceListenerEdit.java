package io.hopscope.edit;

import io.hopscope.text.Text;
import io.hopscope.diagram.Diagram;
import io.hopscope.model.Listener;
import io.hopscope.model.LoadBalancer;
import java.util.ArrayList;
import java.util.List;

/** Changes the listener on {@code port}: its protocol, its port or the target group it forwards to. */
public record ReplaceListenerEdit(String loadBalancerId, int port, Listener listener) implements Edit {

    @Override
    public String description() {
        return text().toString();
    }

    @Override
    public Text text() {
        return Text.of("edit.listener.replace", port, loadBalancerId, ListenerEdits.name(listener));
    }

    @Override
    public Diagram apply(Diagram diagram) {
        LoadBalancer lb = ListenerEdits.require(diagram, loadBalancerId);
        int i = ListenerEdits.indexOf(lb, port);
        if (i < 0) {
            throw new EditRefusal(Text.of("edit.refusal.noListener", lb.label(), port));
        }
        if (listener.port() != port) {
            ListenerEdits.requireFreePort(lb, listener.port());
        }
        List<Listener> listeners = new ArrayList<>(lb.listeners());
        listeners.set(i, listener);
        return ListenerEdits.with(diagram, lb, listeners);
    }
}
