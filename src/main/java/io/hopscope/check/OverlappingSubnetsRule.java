package io.hopscope.check;

import io.hopscope.text.Text;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Subnet;
import io.hopscope.model.Vpc;
import io.hopscope.model.net.Cidr;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Subnets of one VPC never overlap: AWS refuses a subnet whose block conflicts with another.
 * Found by sorting ({@link CidrSweep}), not by comparing every pair: 20,000 subnets sharing one
 * block are 20,000 findings, not 200 million.
 */
public final class OverlappingSubnetsRule implements ModelRule {

    @Override
    public void check(NetworkModel m, Findings f) {
        for (Vpc v : m.vpcs()) {
            List<Subnet> subnets = m.subnetsOf(v.id());
            family(f, v, subnets, Subnet::cidr, ".cidr");
            family(f, v, subnets, Subnet::ipv6Cidr, ".ipv6Cidr");
        }
    }

    @Override
    public String findingsName() {
        return "overlapping subnets";
    }

    private static void family(Findings f, Vpc v, List<Subnet> subnets, Function<Subnet, Cidr> block, String field) {
        List<CidrSweep.Entry<Subnet>> entries = new ArrayList<>();
        for (int i = 0; i < subnets.size(); i++) {
            Cidr c = block.apply(subnets.get(i));
            if (c != null) {
                entries.add(new CidrSweep.Entry<>(c, subnets.get(i), i));
            }
        }
        for (CidrSweep.Overlap<Subnet> o : CidrSweep.overlaps(entries)) {
            Subnet a = o.cover().owner();
            Subnet b = o.inner().owner();
            f.error(b, field, Text.of("check.subnet.overlap", b.label(), o.inner().cidr().toString(),
                    a.label(), o.cover().cidr().toString(), v.label()));
        }
    }
}
