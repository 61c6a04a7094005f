package io.hopscope.check.rule;

import io.hopscope.check.Findings;
import io.hopscope.check.ModelRule;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Vpc;
import io.hopscope.model.VpcPeeringConnection;
import io.hopscope.model.net.Cidr;

/** A peering joins two different VPCs whose CIDR blocks do not overlap [PCX]. */
public final class PeeringRule implements ModelRule {

    @Override
    public void check(NetworkModel m, Findings f) {
        for (VpcPeeringConnection p : m.peeringConnections()) {
            if (p.requesterVpcId() != null && p.requesterVpcId().equals(p.accepterVpcId())) {
                f.error(p, ".accepterVpc", "peering connection " + p.label() + " joins VPC " + p.requesterVpcId()
                        + " to itself");
                continue;
            }
            Vpc a = m.vpc(p.requesterVpcId());
            Vpc b = m.vpc(p.accepterVpcId());
            if (a == null || b == null) {
                continue; // reported by ReferencesRule
            }
            for (Cidr x : a.allCidrs()) {
                for (Cidr y : b.allCidrs()) {
                    if (x.overlaps(y)) {
                        f.error(p, ".accepterVpc", "peering connection " + p.label() + " joins VPCs with overlapping"
                                + " CIDR blocks: " + a.label() + " " + x + " and " + b.label() + " " + y);
                    }
                }
            }
        }
    }
}
