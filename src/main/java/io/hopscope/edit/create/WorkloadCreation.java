package io.hopscope.edit.create;

import io.hopscope.model.InterfaceType;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Resource;
import io.hopscope.model.SecurityGroup;
import io.hopscope.model.Subnet;
import io.hopscope.model.Vpc;
import io.hopscope.model.Workload;
import io.hopscope.model.WorkloadKind;
import io.hopscope.model.net.IpAddress;
import java.util.List;
import java.util.function.Function;

/**
 * A new workload with one interface in its subnet. Like AWS, the interface gets the VPC's default
 * security group when no other is chosen [SG].
 */
final class WorkloadCreation {

    private final NetworkModel model;
    private final Function<String, String> ids;
    private final Function<Subnet, IpAddress> addresses;

    WorkloadCreation(NetworkModel model, Function<String, String> ids, Function<Subnet, IpAddress> addresses) {
        this.model = model;
        this.ids = ids;
        this.addresses = addresses;
    }

    String create(NewResourceKind kind, Vpc vpc, Subnet subnet, List<Resource> created) {
        WorkloadKind workloadKind = switch (kind) {
            case EC2 -> WorkloadKind.EC2;
            case RDS -> WorkloadKind.RDS;
            case LAMBDA -> WorkloadKind.LAMBDA;
            case BASTION -> WorkloadKind.BASTION;
            default -> throw new IllegalArgumentException(kind + " is not a workload");
        };
        String prefix = switch (workloadKind) {
            case EC2, BASTION -> "i-";
            case RDS -> "db-";
            case LAMBDA -> "lambda-";
            case LOAD_BALANCER -> "elb-";
            case ELASTICACHE -> "cache-";
        };
        InterfaceType type = switch (workloadKind) {
            case RDS -> InterfaceType.RDS;
            case LAMBDA -> InterfaceType.LAMBDA;
            case LOAD_BALANCER -> InterfaceType.LOAD_BALANCER;
            default -> InterfaceType.INSTANCE;
        };
        String eniId = ids.apply("eni-");
        List<String> groups = model.securityGroups().stream()
                .filter(g -> vpc != null && g.vpcId().equals(vpc.id()) && "default".equals(g.name()))
                .map(SecurityGroup::id).limit(1).toList();
        NetworkInterface eni = new NetworkInterface(eniId, "", subnet.id(), type, List.of(addresses.apply(subnet)),
                null, List.of(), groups, "");
        created.add(eni);
        String workloadId = ids.apply(prefix);
        created.add(new Workload(workloadId, "", workloadKind, List.of(eniId), null));
        return workloadId;
    }
}
