package io.hopscope.model;

/**
 * A registered target (describe-target-health): an instance id, an IP address or a function ARN;
 * {@code port} null means the target group's port; {@code availabilityZone} is given for IP targets
 * ("all" for one outside the VPC); {@code health} is the last health state seen, kept for the reader
 * only: health checks are not modelled, every registered target receives traffic (rulebook 10).
 */
public record Target(String id, Integer port, String availabilityZone, String health) {

    public Target {
        availabilityZone = availabilityZone == null ? "" : availabilityZone;
        health = health == null ? "" : health;
    }

    public Target(String id, Integer port) {
        this(id, port, null, null);
    }

    /** The port the load balancer connects to. */
    public int portIn(TargetGroup group) {
        return port != null ? port : group.port() == null ? 0 : group.port();
    }
}
