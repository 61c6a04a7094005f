package io.hopscope.check;

import io.hopscope.text.Text;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Subnet;
import io.hopscope.model.Vpc;
import io.hopscope.model.net.Cidr;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A VPC has a primary IPv4 block, and a subnet's blocks lie inside its VPC's blocks (AWS refuses
 * to create anything else) [RT local routes cover exactly the VPC CIDRs].
 */
public final class SubnetInsideVpcRule implements ModelRule {

    /** Blocks named in a message; a hostile VPC may list thousands. */
    private static final int BLOCKS_SHOWN = 5;

    @Override
    public void check(NetworkModel m, Findings f) {
        for (Vpc v : m.vpcs()) {
            if (v.ipv4Cidrs().isEmpty()) {
                f.error(v, ".ipv4Cidrs", Text.of("check.vpc.noIpv4", v.label()));
            }
            checkFamily(f, v, ".ipv4Cidrs", v.ipv4Cidrs(), true);
            checkFamily(f, v, ".ipv6Cidrs", v.ipv6Cidrs(), false);
        }
        // Each VPC's blocks, reduced to the outermost and sorted once, answer "inside?" by binary search.
        Map<Vpc, List<Cidr>> v4 = new IdentityHashMap<>();
        Map<Vpc, List<Cidr>> v6 = new IdentityHashMap<>();
        for (Subnet s : m.subnets()) {
            if (s.cidr() == null && s.ipv6Cidr() == null) {
                f.error(s, ".cidr", Text.of("check.subnet.noCidr", s.label()));
                continue;
            }
            Vpc v = m.vpc(s.vpcId());
            if (v == null) {
                continue; // reported by ReferencesRule
            }
            if (s.cidr() != null
                    && !CidrSweep.inside(s.cidr(), v4.computeIfAbsent(v, x -> CidrSweep.outermost(x.ipv4Cidrs())))) {
                f.error(s, ".cidr", Text.of("check.subnet.outside", s.label(), s.cidr().toString(),
                        v.label(), text(v.ipv4Cidrs())));
            }
            if (s.ipv6Cidr() != null
                    && !CidrSweep.inside(s.ipv6Cidr(), v6.computeIfAbsent(v, x -> CidrSweep.outermost(x.ipv6Cidrs())))) {
                f.error(s, ".ipv6Cidr", Text.of("check.subnet.outsideIpv6", s.label(),
                        s.ipv6Cidr().toString(), v.label(), text(v.ipv6Cidrs())));
            }
        }
    }

    @Override
    public String findingsName() {
        return "address block problems";
    }

    private static void checkFamily(Findings f, Vpc v, String field, List<Cidr> cidrs, boolean ipv4) {
        for (int i = 0; i < cidrs.size(); i++) {
            if (cidrs.get(i).isIpv4() != ipv4) {
                f.error(v, field + "[" + i + "]", Text.of("check.vpc.wrongFamily", cidrs.get(i).toString(),
                        ipv4 ? 4 : 6));
            }
        }
    }

    private static Text text(List<Cidr> cidrs) {
        if (cidrs.isEmpty()) {
            return Text.of("check.vpc.noBlocks");
        }
        List<Cidr> shown = cidrs.subList(0, Math.min(BLOCKS_SHOWN, cidrs.size()));
        String list = String.join(", ", shown.stream().map(Cidr::toString).toList());
        return cidrs.size() > shown.size() ? Text.of("check.vpc.blocksMore", list, cidrs.size() - shown.size())
                : Text.literal("(" + list + ")");
    }
}
