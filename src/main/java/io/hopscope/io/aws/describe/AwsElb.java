package io.hopscope.io.aws.describe;

import java.util.List;

/**
 * The describe records of Elastic Load Balancing v2 (rulebook 10): describe-load-balancers and
 * describe-target-groups as the AWS CLI prints them, and Batfish's aggregates of the per-resource
 * calls (LoadBalancerListeners, LoadBalancerTargetHealth, LoadBalancerAttributes,
 * TargetGroupAttributes: one {@code {Arn, answer}} element per load balancer or target group). A
 * plain describe-listeners output ({@code Listeners}) binds too, since each listener names its ARN.
 */
public final class AwsElb {

    private AwsElb() {
    }

    /** describe-load-balancers {@code LoadBalancers}. */
    public record LoadBalancer(String loadBalancerArn, String loadBalancerName, String type, String scheme,
                               String vpcId, State state, List<Zone> availabilityZones, List<String> securityGroups,
                               String ipAddressType) {
        public LoadBalancer {
            availabilityZones = AwsTag.orEmpty(availabilityZones);
            securityGroups = AwsTag.orEmpty(securityGroups);
        }
    }

    public record State(String code) {
    }

    public record Zone(String zoneName, String subnetId, List<Address> loadBalancerAddresses) {
        public Zone {
            loadBalancerAddresses = AwsTag.orEmpty(loadBalancerAddresses);
        }
    }

    public record Address(String ipAddress, String allocationId, String privateIPv4Address) {
    }

    /** Batfish's LoadBalancerListeners element: one load balancer's describe-listeners answer. */
    public record ListenerSet(String loadBalancerArn, List<Listener> listeners) {
        public ListenerSet {
            listeners = AwsTag.orEmpty(listeners);
        }
    }

    /** One listener; also the element of a plain describe-listeners {@code Listeners} file. */
    public record Listener(String listenerArn, String loadBalancerArn, Integer port, String protocol,
                           List<Action> defaultActions) {
        public Listener {
            defaultActions = AwsTag.orEmpty(defaultActions);
        }
    }

    public record Action(String type, String targetGroupArn, Integer order, ForwardConfig forwardConfig) {
    }

    public record ForwardConfig(List<WeightedGroup> targetGroups) {
        public ForwardConfig {
            targetGroups = AwsTag.orEmpty(targetGroups);
        }
    }

    public record WeightedGroup(String targetGroupArn, Integer weight) {
    }

    /** describe-target-groups {@code TargetGroups}. */
    public record TargetGroup(String targetGroupArn, String targetGroupName, String protocol, Integer port,
                              String vpcId, String targetType, List<String> loadBalancerArns) {
        public TargetGroup {
            loadBalancerArns = AwsTag.orEmpty(loadBalancerArns);
        }
    }

    /** Batfish's LoadBalancerTargetHealth element: one target group's describe-target-health answer. */
    public record TargetHealthSet(String targetGroupArn, List<TargetHealthDescription> targetHealthDescriptions) {
        public TargetHealthSet {
            targetHealthDescriptions = AwsTag.orEmpty(targetHealthDescriptions);
        }
    }

    public record TargetHealthDescription(TargetRef target, Health targetHealth) {
    }

    public record TargetRef(String id, Integer port, String availabilityZone) {
    }

    public record Health(String state) {
    }

    /** LoadBalancerAttributes element: one load balancer's describe-load-balancer-attributes answer. */
    public record LoadBalancerAttributes(String loadBalancerArn, List<Attribute> attributes) {
        public LoadBalancerAttributes {
            attributes = AwsTag.orEmpty(attributes);
        }
    }

    /** TargetGroupAttributes element: one target group's describe-target-group-attributes answer. */
    public record TargetGroupAttributes(String targetGroupArn, List<Attribute> attributes) {
        public TargetGroupAttributes {
            attributes = AwsTag.orEmpty(attributes);
        }
    }

    public record Attribute(String key, String value) {

        /** The value of {@code key} in {@code attributes}, or null. */
        public static String of(List<Attribute> attributes, String key) {
            for (Attribute a : attributes) {
                if (key.equals(a.key())) {
                    return a.value();
                }
            }
            return null;
        }
    }
}
