package io.hopscope.edit;

import io.hopscope.text.Text;
import io.hopscope.diagram.Diagram;
import io.hopscope.model.Listener;
import io.hopscope.model.LoadBalancer;
import java.util.ArrayList;
import java.util.List;

/** Removes the listener on a port; connections to that port are then refused [ALBL]. */
public record RemoveListenerEdit(String loadBalancerId, int port) implements Edit {

    @Override
    public String description() {
        return text().toString();
    }

    @Override
    public Text text() {
        return Text.of("edit.listener.remove", port, loadBalancerId);
    }

    @Override
    public Diagram apply(Diagram diagram) {
        LoadBalancer lb = ListenerEdits.require(diagram, loadBalancerId);
        int i = ListenerEdits.indexOf(lb, port);
        if (i < 0) {
            throw new EditRefusal(Text.of("edit.refusal.noListener", lb.label(), port));
        }
        List<Listener> listeners = new ArrayList<>(lb.listeners());
        listeners.remove(i);
        return ListenerEdits.with(diagram, lb, listeners);
    }
}
