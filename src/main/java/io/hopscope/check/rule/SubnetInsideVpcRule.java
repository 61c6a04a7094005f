package io.hopscope.check.rule;

import io.hopscope.check.Findings;
import io.hopscope.check.ModelRule;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Subnet;
import io.hopscope.model.Vpc;
import io.hopscope.model.net.Cidr;
import java.util.List;

/**
 * A VPC has a primary IPv4 block, and a subnet's blocks lie inside its VPC's blocks (AWS refuses
 * to create anything else) [RT local routes cover exactly the VPC CIDRs].
 */
public final class SubnetInsideVpcRule implements ModelRule {

    @Override
    public void check(NetworkModel m, Findings f) {
        for (Vpc v : m.vpcs()) {
            if (v.ipv4Cidrs().isEmpty()) {
                f.error(v, ".ipv4Cidrs", "VPC " + v.label() + " has no IPv4 CIDR block (AWS requires a primary one)");
            }
            checkFamily(f, v, ".ipv4Cidrs", v.ipv4Cidrs(), true);
            checkFamily(f, v, ".ipv6Cidrs", v.ipv6Cidrs(), false);
        }
        for (Subnet s : m.subnets()) {
            if (s.cidr() == null && s.ipv6Cidr() == null) {
                f.error(s, ".cidr", "subnet " + s.label() + " has no CIDR block");
                continue;
            }
            Vpc v = m.vpc(s.vpcId());
            if (v == null) {
                continue; // reported by ReferencesRule
            }
            if (s.cidr() != null && !inside(s.cidr(), v.ipv4Cidrs())) {
                f.error(s, ".cidr", "subnet " + s.label() + " " + s.cidr() + " is outside its VPC " + v.label()
                        + " " + text(v.ipv4Cidrs()));
            }
            if (s.ipv6Cidr() != null && !inside(s.ipv6Cidr(), v.ipv6Cidrs())) {
                f.error(s, ".ipv6Cidr", "subnet " + s.label() + " " + s.ipv6Cidr() + " is outside the IPv6 blocks of VPC "
                        + v.label() + " " + text(v.ipv6Cidrs()));
            }
        }
    }

    private static void checkFamily(Findings f, Vpc v, String field, List<Cidr> cidrs, boolean ipv4) {
        for (int i = 0; i < cidrs.size(); i++) {
            if (cidrs.get(i).isIpv4() != ipv4) {
                f.error(v, field + "[" + i + "]", cidrs.get(i) + " is not an IPv" + (ipv4 ? "4" : "6") + " block");
            }
        }
    }

    private static boolean inside(Cidr cidr, List<Cidr> blocks) {
        return blocks.stream().anyMatch(b -> b.contains(cidr));
    }

    private static String text(List<Cidr> cidrs) {
        return cidrs.isEmpty() ? "(no blocks)" : cidrs.toString().replace("[", "(").replace("]", ")");
    }
}
