package io.hopscope.diagram.render;

/**
 * A security group shown on the workload it guards. Security groups filter traffic per interface,
 * they are not regions of space [SG], so they are drawn as badges, never as boxes.
 */
public record SgBadge(String securityGroupId, String label) {
}
