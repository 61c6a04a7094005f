package io.hopscope.ui.inspector;

import io.hopscope.edit.AddListenerEdit;
import io.hopscope.edit.RemoveListenerEdit;
import io.hopscope.edit.ReplaceListenerEdit;
import io.hopscope.engine.RuleRef;
import io.hopscope.model.Listener;
import io.hopscope.model.LoadBalancer;
import io.hopscope.model.LoadBalancerType;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.TargetGroup;
import io.hopscope.ui.common.DiagramDocument;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

/**
 * The listeners of one load balancer (rulebook 10): protocol, port and the target group each
 * forwards to, each change an undoable edit. The protocols offered are the ones the type speaks
 * (an ALB HTTP and HTTPS, an NLB TCP, TLS, UDP, TCP_UDP) [ALBL][NLBL]; a new listener must name a
 * target group, since one without ends every connection at the load balancer.
 */
public final class ListenersViewModel extends RuleTableViewModel<ListenerRow> {

    private final String loadBalancerId;

    public ListenersViewModel(DiagramDocument document, ResourceBundle messages, String loadBalancerId) {
        super(document, messages);
        this.loadBalancerId = loadBalancerId;
        refresh();
    }

    public String loadBalancerId() {
        return loadBalancerId;
    }

    private LoadBalancer lb(NetworkModel m) {
        return m.find(loadBalancerId).filter(LoadBalancer.class::isInstance).map(LoadBalancer.class::cast).orElse(null);
    }

    @Override
    protected List<ListenerRow> load(NetworkModel m) {
        LoadBalancer lb = lb(m);
        List<ListenerRow> rows = new ArrayList<>();
        if (lb == null) {
            return rows;
        }
        for (Listener l : lb.listeners()) {
            GroupChoice tg = l.targetGroupIds().isEmpty() ? null : choice(m, l.targetGroupIds().get(0));
            if (!l.forwards()) {
                tg = new GroupChoice("", l.action());
            }
            rows.add(new ListenerRow(l, l.protocol(), String.valueOf(l.port()), tg));
        }
        return rows;
    }

    static GroupChoice choice(NetworkModel m, String tgId) {
        TargetGroup tg = m.find(tgId).filter(TargetGroup.class::isInstance).map(TargetGroup.class::cast).orElse(null);
        if (tg == null) {
            return new GroupChoice(tgId, tgId);
        }
        String port = tg.port() == null ? "" : ":" + tg.port();
        return new GroupChoice(tg.id(), tg.label() + " (" + tg.protocol() + port + ")");
    }

    /** The protocols a listener of this load balancer may use. */
    public List<String> protocolChoices() {
        LoadBalancer lb = lb(document.getDiagram().model());
        return protocolsOf(lb == null ? LoadBalancerType.APPLICATION : lb.type());
    }

    static List<String> protocolsOf(LoadBalancerType type) {
        return type == LoadBalancerType.NETWORK ? List.of("TCP", "TLS", "UDP", "TCP_UDP") : List.of("HTTP", "HTTPS");
    }

    /** The target groups of the load balancer's VPC whose protocol it can forward to. */
    public List<GroupChoice> targetGroupChoices() {
        NetworkModel m = document.getDiagram().model();
        LoadBalancer lb = lb(m);
        List<GroupChoice> out = new ArrayList<>();
        if (lb == null) {
            return out;
        }
        List<String> fits = protocolsOf(lb.type());
        for (TargetGroup tg : m.targetGroups()) {
            boolean sameVpc = tg.vpcId() == null || tg.vpcId().equals(lb.vpcId());
            if (sameVpc && (tg.protocol().isEmpty() || fits.contains(tg.protocol()))) {
                out.add(choice(m, tg.id()));
            }
        }
        return out;
    }

    public boolean add(String protocol, String port, GroupChoice targetGroup) {
        return perform(() -> new AddListenerEdit(loadBalancerId, listener(protocol, port, targetGroup)));
    }

    public boolean remove(int row) {
        ListenerRow r = getRows().get(row);
        return perform(() -> new RemoveListenerEdit(loadBalancerId, r.listener().port()));
    }

    public boolean editProtocol(int row, String protocol) {
        Listener l = getRows().get(row).listener();
        return perform(() -> new ReplaceListenerEdit(loadBalancerId, l.port(),
                new Listener(l.port(), checkedProtocol(protocol), l.action(), l.targetGroupIds())));
    }

    public boolean editPort(int row, String port) {
        Listener l = getRows().get(row).listener();
        return perform(() -> new ReplaceListenerEdit(loadBalancerId, l.port(),
                new Listener(parsePort(port), l.protocol(), l.action(), l.targetGroupIds())));
    }

    /** Points the listener at another target group; a redirect or fixed response becomes a forward. */
    public boolean editTargetGroup(int row, GroupChoice targetGroup) {
        Listener l = getRows().get(row).listener();
        return perform(() -> new ReplaceListenerEdit(loadBalancerId, l.port(),
                listener(l.protocol(), String.valueOf(l.port()), targetGroup)));
    }

    private Listener listener(String protocol, String port, GroupChoice targetGroup) {
        String p = checkedProtocol(protocol);
        int n = parsePort(port);
        if (targetGroup == null || targetGroup.id().isEmpty()) {
            throw new IllegalArgumentException(text("inspector.lb.error.noTargetGroup"));
        }
        return new Listener(n, p, targetGroup.id());
    }

    private String checkedProtocol(String protocol) {
        String p = protocol == null ? "" : protocol.strip().toUpperCase(java.util.Locale.ROOT);
        if (!protocolChoices().contains(p)) {
            throw new IllegalArgumentException(MessageFormat.format(text("inspector.lb.error.protocol"), p,
                    String.join(", ", protocolChoices())));
        }
        return p;
    }

    int parsePort(String text) {
        return portOf(messages, text);
    }

    /** A port typed in the inspector: a whole number from 1 to 65535, or a refusal that says so. */
    static int portOf(ResourceBundle messages, String text) {
        try {
            int n = Integer.parseInt(text == null ? "" : text.strip());
            if (n >= 1 && n <= 65535) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(MessageFormat.format(messages.getString("inspector.lb.error.port"), text));
    }

    /** Listener hops carry no rule row of their own: the table is opened, no row chosen. */
    @Override
    public int rowOf(RuleRef ref) {
        return -1;
    }
}
