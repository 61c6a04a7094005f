package io.hopscope.model;

import java.util.List;

/**
 * A workload that owns network interfaces: an EC2 instance (ids {@code i-...}), an RDS instance
 * (id = DB identifier), a Lambda function in VPC mode, a load balancer, a bastion host or a
 * cache node. {@code clientProfile} sets the ephemeral ports it uses as a client.
 */
public record Workload(String id, String name, WorkloadKind workloadKind, List<String> networkInterfaceIds,
                       ClientProfile clientProfile) implements Resource {

    public Workload {
        name = name == null ? "" : name;
        networkInterfaceIds = List.copyOf(networkInterfaceIds);
        clientProfile = clientProfile == null ? defaultProfile(workloadKind) : clientProfile;
    }

    private static ClientProfile defaultProfile(WorkloadKind kind) {
        if (kind == WorkloadKind.LAMBDA) {
            return ClientProfile.LAMBDA;
        }
        return kind == WorkloadKind.LOAD_BALANCER ? ClientProfile.ELB : ClientProfile.LINUX;
    }

    public Workload withName(String newName) {
        return new Workload(id, newName, workloadKind, networkInterfaceIds, clientProfile);
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.WORKLOAD;
    }
}
