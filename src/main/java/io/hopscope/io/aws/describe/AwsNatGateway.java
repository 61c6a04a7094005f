package io.hopscope.io.aws.describe;

import java.util.List;

/** One element of describe-nat-gateways {@code NatGateways}. */
public record AwsNatGateway(String natGatewayId, String subnetId, String vpcId, String state, String connectivityType,
                            List<Address> natGatewayAddresses, List<AwsTag> tags) {

    public AwsNatGateway {
        natGatewayAddresses = AwsTag.orEmpty(natGatewayAddresses);
        tags = AwsTag.orEmpty(tags);
    }

    public record Address(String privateIp, String publicIp, String networkInterfaceId, Boolean isPrimary) {
    }
}
