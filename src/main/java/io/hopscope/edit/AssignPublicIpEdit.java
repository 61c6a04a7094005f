package io.hopscope.edit;

import io.hopscope.text.Text;
import io.hopscope.diagram.Diagram;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.net.IpAddress;

/** Associates a public (Elastic) IPv4 address with an interface, which the internet gateway needs [IGW]. */
public record AssignPublicIpEdit(String networkInterfaceId, IpAddress publicIp) implements Edit {

    @Override
    public String description() {
        return text().toString();
    }

    @Override
    public Text text() {
        return Text.of("fix.eip.associate", publicIp, networkInterfaceId);
    }

    @Override
    public Diagram apply(Diagram diagram) {
        NetworkInterface eni = diagram.model().networkInterface(networkInterfaceId);
        if (eni == null) {
            throw EditRefusal.gone("network interface", networkInterfaceId);
        }
        NetworkInterface changed = new NetworkInterface(eni.id(), eni.name(), eni.subnetId(), eni.type(), eni.privateIps(),
                publicIp, eni.ipv6Ips(), eni.securityGroupIds(), eni.description());
        return diagram.withModel(diagram.model().with(changed));
    }
}
