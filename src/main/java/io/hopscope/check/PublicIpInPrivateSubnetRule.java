package io.hopscope.check;

import io.hopscope.text.Text;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Subnet;
import io.hopscope.model.Workload;

/**
 * Warns about a public IP on an interface in a private subnet: without a route to an internet
 * gateway the address is useless, "even if they have public IP addresses" [IGW] (misconception 7).
 */
public final class PublicIpInPrivateSubnetRule implements ModelRule {

    @Override
    public boolean reportsErrors() {
        return false;
    }

    @Override
    public void check(NetworkModel m, Findings f) {
        PublicTables tables = new PublicTables(m);
        for (NetworkInterface eni : m.networkInterfaces()) {
            Subnet s = m.subnet(eni.subnetId());
            if (eni.publicIp() == null || s == null || m.routeTableOf(s.id()) == null || tables.isPublic(s.id())) {
                continue;
            }
            Workload owner = m.ownerOf(eni.id());
            Text who = owner == null ? Findings.described(eni)
                    : Text.of("check.described", Text.of("check.workload." + owner.workloadKind().wireName()), owner.label());
            f.warning(eni, ".publicIp", Text.of("check.publicIp.privateSubnet", who, s.label()));
        }
    }

    @Override
    public String findingsName() {
        return "public IPs in private subnets";
    }
}
