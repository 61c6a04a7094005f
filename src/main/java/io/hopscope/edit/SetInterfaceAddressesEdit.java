package io.hopscope.edit;

import io.hopscope.text.Text;
import io.hopscope.diagram.Diagram;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.net.IpAddress;
import java.util.List;

/** Sets an interface's private IPv4 addresses (primary first), its public or Elastic IP and its IPv6 addresses. */
public record SetInterfaceAddressesEdit(String networkInterfaceId, List<IpAddress> privateIps, IpAddress publicIp,
                                        List<IpAddress> ipv6Ips) implements Edit {

    public SetInterfaceAddressesEdit {
        privateIps = List.copyOf(privateIps);
        ipv6Ips = List.copyOf(ipv6Ips);
    }

    @Override
    public String description() {
        return text().toString();
    }

    @Override
    public Text text() {
        return Text.of("edit.addresses", networkInterfaceId);
    }

    @Override
    public Diagram apply(Diagram diagram) {
        NetworkInterface e = Lookup.require(diagram, networkInterfaceId, NetworkInterface.class, "network interface");
        return diagram.withModel(diagram.model().with(new NetworkInterface(e.id(), e.name(), e.subnetId(), e.type(),
                privateIps, publicIp, ipv6Ips, e.securityGroupIds(), e.description())));
    }
}
