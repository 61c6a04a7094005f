package io.hopscope.edit;

import io.hopscope.text.Text;
import io.hopscope.diagram.Diagram;
import io.hopscope.model.LoadBalancer;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.net.IpAddress;
import java.util.List;

/**
 * Makes a load balancer internal or internet-facing. An internet-facing one's nodes have public
 * addresses ({@code publicIps}, one per node in node order); an internal one's nodes have private
 * addresses only [ELBHOW]. AWS sets the scheme at creation; a drawn network may change its mind.
 */
public record SetLoadBalancerSchemeEdit(String loadBalancerId, boolean internal, List<IpAddress> publicIps)
        implements Edit {

    public SetLoadBalancerSchemeEdit {
        publicIps = List.copyOf(publicIps);
    }

    @Override
    public String description() {
        return text().toString();
    }

    @Override
    public Text text() {
        return Text.of(internal ? "edit.lbScheme.internal" : "edit.lbScheme.internetFacing", loadBalancerId);
    }

    @Override
    public Diagram apply(Diagram diagram) {
        LoadBalancer lb = ListenerEdits.require(diagram, loadBalancerId);
        if (!internal && publicIps.size() < lb.networkInterfaceIds().size()) {
            throw new EditRefusal(Text.of("edit.refusal.noPublicAddress", lb.label()));
        }
        NetworkModel m = diagram.model().with(new LoadBalancer(lb.id(), lb.name(), lb.type(), internal, lb.vpcId(),
                lb.subnetIds(), lb.securityGroupIds(), lb.networkInterfaceIds(), lb.listeners(), lb.crossZone(),
                lb.state()));
        for (int i = 0; i < lb.networkInterfaceIds().size(); i++) {
            NetworkInterface eni = m.networkInterface(lb.networkInterfaceIds().get(i));
            if (eni != null) {
                m = m.with(new NetworkInterface(eni.id(), eni.name(), eni.subnetId(), eni.type(), eni.privateIps(),
                        internal ? null : publicIps.get(i), eni.ipv6Ips(), eni.securityGroupIds(), eni.description()));
            }
        }
        return diagram.withModel(m);
    }
}
