package io.hopscope.edit;

import io.hopscope.text.Text;
import io.hopscope.diagram.Diagram;
import io.hopscope.model.Subnet;
import io.hopscope.model.net.Cidr;

/**
 * Sets a subnet's IPv4 block, or its IPv6 block when {@code ipv6} (null removes the IPv6 block).
 * Whether the block fits the VPC is the validator's business, so a learner sees why AWS would refuse it.
 */
public record SetSubnetCidrEdit(String subnetId, boolean ipv6, Cidr cidr) implements Edit {

    public SetSubnetCidrEdit {
        if (cidr != null && cidr.isIpv6() != ipv6) {
            throw EditRefusal.invalid(ipv6 ? "edit.refusal.notIpv6Block" : "edit.refusal.notIpv4Block", cidr);
        }
        if (cidr == null && !ipv6) {
            throw EditRefusal.invalid("edit.refusal.subnetNeedsIpv4");
        }
    }

    @Override
    public String description() {
        return text().toString();
    }

    @Override
    public Text text() {
        return Text.of(ipv6 ? "edit.subnetCidr.ipv6" : "edit.subnetCidr.ipv4", subnetId,
                cidr == null ? Text.of("edit.none") : cidr.toString());
    }

    @Override
    public Diagram apply(Diagram diagram) {
        Subnet s = Lookup.require(diagram, subnetId, Subnet.class, "subnet");
        Subnet changed = ipv6 ? new Subnet(s.id(), s.name(), s.vpcId(), s.cidr(), cidr, s.availabilityZone())
                : s.withCidr(cidr);
        return diagram.withModel(diagram.model().with(changed));
    }
}
