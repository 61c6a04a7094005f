package io.hopscope.edit;

import io.hopscope.diagram.Shape;
import io.hopscope.model.Resource;
import java.util.List;
import java.util.Map;

/**
 * A planned copy of one VPC and everything in it: the new resources (the VPC first), their boxes,
 * which original id each copy stands for, and what was left out and why (a route through a
 * peering connection, a rule naming a group outside the copy). {@code refusal} is set instead when
 * no copy can be made.
 */
public record VpcCopy(String vpcId, String label, List<Resource> resources, List<Shape> shapes,
                      Map<String, String> copyOf, List<String> dropped, String refusal) {

    public VpcCopy {
        resources = List.copyOf(resources);
        shapes = List.copyOf(shapes);
        copyOf = Map.copyOf(copyOf);
        dropped = List.copyOf(dropped);
    }

    static VpcCopy refused(String reason) {
        return new VpcCopy(null, null, List.of(), List.of(), Map.of(), List.of(), reason);
    }

    public boolean isRefused() {
        return refusal != null;
    }
}
