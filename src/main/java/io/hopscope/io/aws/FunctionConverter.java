package io.hopscope.io.aws;

import io.hopscope.text.Text;
import io.hopscope.io.aws.describe.AwsSnapshot;
import io.hopscope.io.aws.describe.AwsTransit;
import io.hopscope.io.aws.describe.Sourced;
import io.hopscope.model.ClientProfile;
import io.hopscope.model.InterfaceType;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.Subnet;
import io.hopscope.model.Workload;
import io.hopscope.model.WorkloadKind;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Lambda functions from list-functions (rulebook 11). A function with VpcConfig owns the
 * Hyperplane ENIs ({@code InterfaceType: lambda}) in its subnets that carry exactly its security
 * groups (AWS shares one ENI per subnet and group combination) or whose description names it. A
 * function without VpcConfig becomes a workload without interfaces: it runs outside every VPC and
 * a trace says so. Subnets named in VpcConfig that are not in the snapshot are reported.
 */
final class FunctionConverter {
    private final AwsSnapshot snapshot;
    private final ImportContext ctx;

    FunctionConverter(AwsSnapshot snapshot, ImportContext ctx) {
        this.snapshot = snapshot;
        this.ctx = ctx;
    }

    void convert() {
        for (Sourced<AwsTransit.Function> s : snapshot.all(AwsTransit.Function.class)) {
            AwsTransit.Function f = s.value();
            if (ctx.missingId(s, "FunctionName", f.functionName())) {
                continue;
            }
            String name = f.functionName();
            List<String> enis = new ArrayList<>();
            AwsTransit.VpcConfig vpc = f.vpcConfig();
            if (vpc != null && !vpc.subnetIds().isEmpty()) {
                Set<String> subnets = new HashSet<>();
                for (int i = 0; i < vpc.subnetIds().size(); i++) {
                    String id = vpc.subnetIds().get(i);
                    if (ctx.get(id, Subnet.class) == null) {
                        ctx.error(s, "VpcConfig.SubnetIds[" + i + "]", Text.of("import.aws.function.unknownSubnet", id), name);
                    } else {
                        subnets.add(id);
                    }
                }
                Set<String> groups = new HashSet<>(vpc.securityGroupIds());
                for (NetworkInterface eni : ctx.all(NetworkInterface.class)) {
                    if (eni.type() == InterfaceType.LAMBDA && subnets.contains(eni.subnetId())
                            && (groups.equals(new HashSet<>(eni.securityGroupIds()))
                                || name.equals(WorkloadConverter.functionName(eni.description())))) {
                        enis.add(eni.id());
                    }
                }
                if (enis.isEmpty()) {
                    ctx.warning(s, "VpcConfig", Text.of("import.aws.function.noHyperplaneInterface", name), name);
                    continue;
                }
            }
            String id = ctx.has(name) ? "lambda-" + name : name;
            ctx.add(new Workload(id, name, WorkloadKind.LAMBDA, enis, ClientProfile.LAMBDA), s);
        }
    }
}
