package io.hopscope.io.aws.describe;

import java.util.List;

/**
 * One {@code Reservations[].Instances[]} element of describe-instances: the fields the converters
 * read; the reader skips the others (LaunchTime among them) without decoding them.
 */
public record AwsInstance(String instanceId, String subnetId, String vpcId, String privateIpAddress,
                          String platform, String platformDetails, State state, Placement placement,
                          List<AwsNetworkInterface> networkInterfaces, Boolean sourceDestCheck, List<AwsTag> tags) {

    public AwsInstance {
        networkInterfaces = AwsTag.orEmpty(networkInterfaces);
        tags = AwsTag.orEmpty(tags);
    }

    public record State(Integer code, String name) {
    }

    public record Placement(String availabilityZone) {
    }

    /** A reservation only groups instances. */
    public record Reservation(String reservationId, List<AwsInstance> instances) {
        public Reservation {
            instances = AwsTag.orEmpty(instances);
        }
    }
}
