package io.hopscope.check.rule;

import io.hopscope.check.Findings;
import io.hopscope.check.ModelRule;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Subnet;
import io.hopscope.model.Vpc;
import io.hopscope.model.net.Cidr;
import java.util.List;

/** Subnets of one VPC never overlap: AWS refuses a subnet whose block conflicts with another. */
public final class OverlappingSubnetsRule implements ModelRule {

    @Override
    public void check(NetworkModel m, Findings f) {
        for (Vpc v : m.vpcs()) {
            List<Subnet> subnets = m.subnetsOf(v.id());
            for (int i = 0; i < subnets.size(); i++) {
                for (int j = 0; j < i; j++) {
                    Subnet a = subnets.get(j);
                    Subnet b = subnets.get(i);
                    if (overlap(a.cidr(), b.cidr())) {
                        f.error(b, ".cidr", "subnet " + b.label() + " " + b.cidr() + " overlaps subnet " + a.label()
                                + " " + a.cidr() + " in VPC " + v.label());
                    }
                    if (overlap(a.ipv6Cidr(), b.ipv6Cidr())) {
                        f.error(b, ".ipv6Cidr", "subnet " + b.label() + " " + b.ipv6Cidr() + " overlaps subnet "
                                + a.label() + " " + a.ipv6Cidr() + " in VPC " + v.label());
                    }
                }
            }
        }
    }

    private static boolean overlap(Cidr a, Cidr b) {
        return a != null && b != null && a.overlaps(b);
    }
}
