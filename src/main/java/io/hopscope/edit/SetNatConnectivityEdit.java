package io.hopscope.edit;

import io.hopscope.text.Text;
import io.hopscope.diagram.Diagram;
import io.hopscope.model.NatGateway;

/**
 * Switches a NAT gateway between public (translates to its Elastic IP, out through the internet
 * gateway) and private (translates to its private IP only) [NAT]. A private NAT keeps no Elastic IP.
 */
public record SetNatConnectivityEdit(String natGatewayId, boolean publicConnectivity) implements Edit {

    @Override
    public String description() {
        return text().toString();
    }

    @Override
    public Text text() {
        return Text.of(publicConnectivity ? "edit.natConnectivity.public" : "edit.natConnectivity.private", natGatewayId);
    }

    @Override
    public Diagram apply(Diagram diagram) {
        NatGateway g = Lookup.require(diagram, natGatewayId, NatGateway.class, "NAT gateway");
        return diagram.withModel(diagram.model().with(new NatGateway(g.id(), g.name(), g.subnetId(), publicConnectivity,
                g.privateIp(), publicConnectivity ? g.elasticIp() : null, g.networkInterfaceId(), g.state())));
    }
}
