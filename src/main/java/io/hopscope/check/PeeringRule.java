package io.hopscope.check;

import io.hopscope.text.Text;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Vpc;
import io.hopscope.model.VpcPeeringConnection;
import java.util.ArrayList;
import java.util.List;

/** A peering joins two different VPCs whose CIDR blocks do not overlap [PCX]. */
public final class PeeringRule implements ModelRule {

    @Override
    public void check(NetworkModel m, Findings f) {
        for (VpcPeeringConnection p : m.peeringConnections()) {
            if (p.requesterVpcId() != null && p.requesterVpcId().equals(p.accepterVpcId())) {
                f.error(p, ".accepterVpc", Text.of("check.peering.itself", p.label(), p.requesterVpcId()));
                continue;
            }
            Vpc a = m.vpc(p.requesterVpcId());
            Vpc b = m.vpc(p.accepterVpcId());
            if (a == null || b == null) {
                continue; // reported by ReferencesRule
            }
            // Sorting both VPCs' blocks together finds a cross pair without comparing every pair.
            List<CidrSweep.Entry<Vpc>> blocks = new ArrayList<>();
            a.allCidrs().forEach(c -> blocks.add(new CidrSweep.Entry<>(c, a, 0)));
            b.allCidrs().forEach(c -> blocks.add(new CidrSweep.Entry<>(c, b, 1)));
            for (CidrSweep.Overlap<Vpc> o : CidrSweep.overlaps(blocks)) {
                if (o.inner().owner() == o.cover().owner()) {
                    continue;
                }
                CidrSweep.Entry<Vpc> x = o.inner().order() == 0 ? o.inner() : o.cover();
                CidrSweep.Entry<Vpc> y = x == o.inner() ? o.cover() : o.inner();
                f.error(p, ".accepterVpc", Text.of("check.peering.overlap", p.label(),
                        a.label(), x.cidr().toString(), b.label(), y.cidr().toString()));
            }
        }
    }

    @Override
    public String findingsName() {
        return "peering problems";
    }
}
