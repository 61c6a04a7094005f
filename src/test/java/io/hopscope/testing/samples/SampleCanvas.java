package io.hopscope.testing.samples;

import io.hopscope.diagram.Layout;
import io.hopscope.diagram.Shape;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Places the samples' shapes on a 20 px grid: a VPC box holds its subnets in a grid of AZ columns
 * and tier rows (public on top), a subnet holds one centred 140x60 box or two side by side, gateways
 * straddle the VPC's top edge above an AZ column, and externals sit above the VPC over a gateway.
 */
final class SampleCanvas {

    static final int GRID = 20;
    static final int SUBNET_WIDTH = 340;
    static final int SUBNET_HEIGHT = 140;
    static final int SUBNET_GAP = 40;
    static final int VPC_PADDING = 40;
    static final int VPC_HEADER = 60;
    static final int BOX_WIDTH = 140;
    static final int BOX_HEIGHT = 60;
    static final int BOX_INSET_X = 20;
    static final int BOX_INSET_Y = 40;
    static final int BOX_STEP = BOX_WIDTH + GRID;
    static final int GATEWAY_WIDTH = 180;
    static final int GATEWAY_HEIGHT = 40;
    /** From a column's left edge to its gateway: past the VPC's name label, near the column's centre. */
    static final int GATEWAY_INSET = 80;
    static final int EXTERNAL_SIZE = 60;
    /** Room above a VPC for its straddling gateways and the externals over them. */
    static final int ABOVE_VPC = 160;

    private final Map<String, Shape> shapes = new LinkedHashMap<>();

    /** Width of a VPC box with {@code columns} AZ columns. */
    static int vpcWidth(int columns) {
        return 2 * VPC_PADDING + columns * SUBNET_WIDTH + (columns - 1) * SUBNET_GAP;
    }

    static int vpcHeight(int rows) {
        return VPC_HEADER + rows * SUBNET_HEIGHT + (rows - 1) * SUBNET_GAP + VPC_PADDING;
    }

    void vpc(String vpcId, int x, int y, int columns, int rows) {
        put(new Shape(vpcId, x, y, vpcWidth(columns), vpcHeight(rows)));
    }

    /** A subnet in AZ column {@code column} (0 = us-east-1a) and tier row {@code row} (0 = top). */
    void subnet(String subnetId, String vpcId, int column, int row) {
        Shape vpc = shape(vpcId);
        double x = vpc.x() + VPC_PADDING + column * (SUBNET_WIDTH + SUBNET_GAP);
        double y = vpc.y() + VPC_HEADER + row * (SUBNET_HEIGHT + SUBNET_GAP);
        put(new Shape(subnetId, x, y, SUBNET_WIDTH, SUBNET_HEIGHT));
    }

    /**
     * Workloads, NAT gateways or interface endpoints in a subnet: one box is centred, two sit side by
     * side with a 20 px margin.
     */
    void boxes(String subnetId, String... resourceIds) {
        if (resourceIds.length < 1 || resourceIds.length > 2) {
            throw new IllegalArgumentException("a subnet holds one or two boxes, not " + resourceIds.length);
        }
        Shape subnet = shape(subnetId);
        double first = resourceIds.length == 1 ? (SUBNET_WIDTH - BOX_WIDTH) / 2 : BOX_INSET_X;
        for (int i = 0; i < resourceIds.length; i++) {
            put(new Shape(resourceIds[i], subnet.x() + first + i * BOX_STEP, subnet.y() + BOX_INSET_Y,
                    BOX_WIDTH, BOX_HEIGHT));
        }
    }

    /**
     * An internet gateway or gateway endpoint on the VPC's top edge, half in and half out, above AZ
     * column {@code column} and clear of the VPC's name in its top-left corner.
     */
    void gateway(String resourceId, String vpcId, int column) {
        Shape vpc = shape(vpcId);
        put(new Shape(resourceId, gatewayX(vpc, column), vpc.y() - GATEWAY_HEIGHT / 2, GATEWAY_WIDTH, GATEWAY_HEIGHT));
    }

    /** An external endpoint (a round tile, its name to its right) above the gateway spot of AZ column {@code column}. */
    void externalAbove(String resourceId, String vpcId, int column) {
        Shape vpc = shape(vpcId);
        double x = gatewayX(vpc, column) + (GATEWAY_WIDTH - EXTERNAL_SIZE) / 2;
        put(new Shape(resourceId, x, vpc.y() - ABOVE_VPC + GRID, EXTERNAL_SIZE, EXTERNAL_SIZE));
    }

    /** An outside tile (a customer gateway beside the networks it serves) at a grid point of its own. */
    void externalAt(String resourceId, int x, int y) {
        put(new Shape(resourceId, x, y, EXTERNAL_SIZE, EXTERNAL_SIZE));
    }

    /** A box centred under the VPC, {@code gap} below its bottom edge (a transit gateway). */
    void below(String resourceId, String vpcId, int width, int height, int gap) {
        Shape vpc = shape(vpcId);
        put(new Shape(resourceId, vpc.x() + (vpc.width() - width) / 2, vpc.y() + vpc.height() + gap, width, height));
    }

    private static double gatewayX(Shape vpc, int column) {
        return vpc.x() + VPC_PADDING + column * (SUBNET_WIDTH + SUBNET_GAP) + GATEWAY_INSET;
    }

    Layout layout() {
        return new Layout(shapes, List.of());
    }

    private Shape shape(String id) {
        Shape s = shapes.get(id);
        if (s == null) {
            throw new IllegalStateException("place " + id + " before its children");
        }
        return s;
    }

    private void put(Shape shape) {
        if (shapes.putIfAbsent(shape.resourceId(), shape) != null) {
            throw new IllegalStateException("placed twice: " + shape.resourceId());
        }
    }
}
