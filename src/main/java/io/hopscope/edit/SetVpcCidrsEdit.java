package io.hopscope.edit;

import io.hopscope.text.Text;
import io.hopscope.diagram.Diagram;
import io.hopscope.model.Vpc;
import io.hopscope.model.net.Cidr;
import java.util.List;

/** Replaces a VPC's IPv4 blocks (primary first) and IPv6 blocks. */
public record SetVpcCidrsEdit(String vpcId, List<Cidr> ipv4Cidrs, List<Cidr> ipv6Cidrs) implements Edit {

    public SetVpcCidrsEdit {
        ipv4Cidrs = List.copyOf(ipv4Cidrs);
        ipv6Cidrs = List.copyOf(ipv6Cidrs);
    }

    @Override
    public String description() {
        return text().toString();
    }

    @Override
    public Text text() {
        return ipv6Cidrs.isEmpty() ? Text.of("edit.vpcCidrs", vpcId, ipv4Cidrs.toString())
                : Text.of("edit.vpcCidrs.both", vpcId, ipv4Cidrs.toString(), ipv6Cidrs.toString());
    }

    @Override
    public Diagram apply(Diagram diagram) {
        Vpc v = Lookup.require(diagram, vpcId, Vpc.class, "VPC");
        return diagram.withModel(diagram.model().with(new Vpc(v.id(), v.name(), v.region(), ipv4Cidrs, ipv6Cidrs)));
    }
}
