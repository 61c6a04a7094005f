package io.hopscope.edit;

import io.hopscope.text.Text;
import io.hopscope.edit.fresh.FreeAddresses;

import io.hopscope.diagram.Diagram;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Subnet;
import io.hopscope.model.Workload;
import io.hopscope.model.net.IpAddress;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Moves a workload into another subnet: each of its interfaces gets the subnet and a free address
 * there. An interface's addresses must lie in its subnet [ENI]; a group only applies inside its own
 * VPC [SG], so groups of another VPC are dropped when the workload changes VPC.
 */
public record RehomeWorkloadEdit(String workloadId, String subnetId) implements Edit {

    @Override
    public String description() {
        return text().toString();
    }

    @Override
    public Text text() {
        return Text.of("edit.rehome", workloadId, subnetId);
    }

    @Override
    public Diagram apply(Diagram diagram) {
        NetworkModel model = diagram.model();
        Workload workload = model.workload(workloadId);
        Subnet target = model.subnet(subnetId);
        if (workload == null || target == null) {
            throw new IllegalStateException("no workload " + workloadId + " or subnet " + subnetId);
        }
        NetworkModel.Builder b = model.toBuilder();
        Set<IpAddress> handedOut = new HashSet<>();
        for (String eniId : workload.networkInterfaceIds()) {
            NetworkInterface eni = model.networkInterface(eniId);
            if (eni == null || subnetId.equals(eni.subnetId())) {
                continue;
            }
            IpAddress ip = FreeAddresses.freeIp(model, target, handedOut)
                    .orElseThrow(() -> new IllegalStateException(subnetId + " has no free address"));
            handedOut.add(ip);
            List<String> groups = eni.securityGroupIds().stream()
                    .filter(g -> model.securityGroup(g) != null && target.vpcId().equals(model.securityGroup(g).vpcId()))
                    .toList();
            b.put(eni.withSubnet(subnetId, List.of(ip)).withSecurityGroupIds(groups));
        }
        return diagram.withModel(b.build());
    }
}
