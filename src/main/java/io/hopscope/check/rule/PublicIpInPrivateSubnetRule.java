package io.hopscope.check.rule;

import io.hopscope.check.Findings;
import io.hopscope.check.ModelRule;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Subnet;
import io.hopscope.model.Workload;
import io.hopscope.model.WorkloadKind;

/**
 * Warns about a public IP on an interface in a private subnet: without a route to an internet
 * gateway the address is useless, "even if they have public IP addresses" [IGW] (misconception 7).
 */
public final class PublicIpInPrivateSubnetRule implements ModelRule {

    @Override
    public void check(NetworkModel m, Findings f) {
        PublicTables tables = new PublicTables(m);
        for (NetworkInterface eni : m.networkInterfaces()) {
            Subnet s = m.subnet(eni.subnetId());
            if (eni.publicIp() == null || s == null || m.routeTableOf(s.id()) == null || tables.isPublic(s.id())) {
                continue;
            }
            Workload owner = m.ownerOf(eni.id());
            String who = owner == null ? Findings.describe(eni)
                    : (owner.workloadKind() == WorkloadKind.EC2 ? "instance" : owner.workloadKind().wireName())
                            + " " + owner.label();
            f.warning(eni, ".publicIp", who + " has a public IP in private subnet " + s.label()
                    + " (its route table has no route to an internet gateway)");
        }
    }

    @Override
    public String findingsName() {
        return "public IPs in private subnets";
    }
}
