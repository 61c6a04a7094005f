package io.hopscope.edit.create;

/**
 * Where something was dropped: the VPC, subnet and workload under the drop point (each null when
 * there is none) and the point itself in canvas coordinates.
 */
public record DropTarget(String vpcId, String subnetId, String workloadId, double x, double y) {

    public static DropTarget outside(double x, double y) {
        return new DropTarget(null, null, null, x, y);
    }
}
