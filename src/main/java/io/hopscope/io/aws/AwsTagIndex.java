package io.hopscope.io.aws;

import io.hopscope.io.aws.describe.AwsDbInstance;
import io.hopscope.io.aws.describe.AwsInstance;
import io.hopscope.io.aws.describe.AwsNatGateway;
import io.hopscope.io.aws.describe.AwsNetworkInterface;
import io.hopscope.io.aws.describe.AwsSecurityGroup;
import io.hopscope.io.aws.describe.AwsSnapshot;
import io.hopscope.io.aws.describe.AwsSubnet;
import io.hopscope.io.aws.describe.AwsTag;
import io.hopscope.io.aws.describe.AwsVpc;
import io.hopscope.io.aws.describe.AwsVpcEndpoint;
import io.hopscope.io.aws.describe.Sourced;
import io.hopscope.model.ResourceTags;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The tags of a describe-* snapshot by resource id (instances, DB instances, interfaces, subnets,
 * VPCs, security groups, NAT gateways, endpoints), for the {@code tag:Key=Value} selector. Ids are
 * the ones the model uses (the DB identifier for RDS).
 */
public final class AwsTagIndex {
    private AwsTagIndex() {
    }

    public static ResourceTags of(AwsSnapshot snapshot) {
        Map<String, Map<String, String>> out = new HashMap<>();
        add(out, snapshot.all(AwsInstance.class), AwsInstance::instanceId, AwsInstance::tags);
        add(out, snapshot.all(AwsDbInstance.class), AwsDbInstance::dbInstanceIdentifier, AwsDbInstance::tagList);
        add(out, snapshot.all(AwsNetworkInterface.class), AwsNetworkInterface::networkInterfaceId, AwsNetworkInterface::tagSet);
        add(out, snapshot.all(AwsNetworkInterface.class), AwsNetworkInterface::networkInterfaceId, AwsNetworkInterface::tags);
        add(out, snapshot.all(AwsSubnet.class), AwsSubnet::subnetId, AwsSubnet::tags);
        add(out, snapshot.all(AwsVpc.class), AwsVpc::vpcId, AwsVpc::tags);
        add(out, snapshot.all(AwsSecurityGroup.class), AwsSecurityGroup::groupId, AwsSecurityGroup::tags);
        add(out, snapshot.all(AwsNatGateway.class), AwsNatGateway::natGatewayId, AwsNatGateway::tags);
        add(out, snapshot.all(AwsVpcEndpoint.class), AwsVpcEndpoint::vpcEndpointId, AwsVpcEndpoint::tags);
        return new ResourceTags(out);
    }

    private static <T> void add(Map<String, Map<String, String>> out, List<Sourced<T>> records, Function<T, String> id,
                                Function<T, List<AwsTag>> tags) {
        for (Sourced<T> s : records) {
            String key = id.apply(s.value());
            List<AwsTag> list = tags.apply(s.value());
            if (key == null || list == null || list.isEmpty()) {
                continue;
            }
            Map<String, String> m = out.computeIfAbsent(key, k -> new LinkedHashMap<>());
            for (AwsTag t : list) {
                if (t.key() != null) {
                    m.put(t.key(), t.value() == null ? "" : t.value());
                }
            }
        }
    }
}
