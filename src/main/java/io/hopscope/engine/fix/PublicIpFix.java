package io.hopscope.engine.fix;

import io.hopscope.edit.AssignPublicIpEdit;
import io.hopscope.edit.Edit;
import io.hopscope.engine.Hop;
import io.hopscope.engine.Direction;
import io.hopscope.engine.index.ModelIndex;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IpAddress;

import java.util.List;

/**
 * The internet gateway needs a public IP on the interface on either side of its 1:1 NAT [IGW]. The
 * suggested address is a free one from 198.51.100.0/24 standing for "an Elastic IP you allocate".
 */
final class PublicIpFix {
    private static final Cidr PLACEHOLDER_POOL = Cidr.parse("198.51.100.0/24");

    private final ModelIndex index;

    PublicIpFix(ModelIndex index) {
        this.index = index;
    }

    List<Edit> suggest(Hop hop) {
        boolean egress = hop.direction() == Direction.EGRESS;
        IpAddress privateIp = egress ? hop.packet().src() : hop.packet().dst();
        List<NetworkInterface> enis = index.enisByPrivateIp(privateIp);
        if (enis.isEmpty() || index.natOfEni(enis.get(0).id()) != null || index.model().networkInterface(enis.get(0).id()) == null) {
            return List.of();
        }
        for (long i = 200; i < 255; i++) {
            IpAddress candidate = PLACEHOLDER_POOL.addressAt(i);
            if (index.eniByPublicIp(candidate) == null) {
                return List.of(new AssignPublicIpEdit(enis.get(0).id(), candidate));
            }
        }
        return List.of();
    }
}
