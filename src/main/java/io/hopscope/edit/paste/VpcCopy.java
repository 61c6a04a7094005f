package io.hopscope.edit.paste;

import io.hopscope.diagram.Shape;
import io.hopscope.model.Resource;
import io.hopscope.text.Text;
import java.util.List;
import java.util.Map;

/**
 * A planned copy of one or more VPCs and everything in them: the new resources (the VPCs first),
 * their boxes, which original id each copy stands for, and what was left out and why (a route
 * through a peering connection to a VPC not copied along, a rule naming a group outside the copy).
 * {@code dropped} has one line per reference, {@code leftOutSummary} one per kind, with the count.
 * {@code label} names the copied VPCs; {@code refusal} is set instead when no copy can be made. The
 * summary and the refusal are keyed texts: the status bar says them in the UI's language.
 */
public record VpcCopy(List<String> vpcIds, String label, List<Resource> resources, List<Shape> shapes,
                      Map<String, String> copyOf, List<String> dropped, List<Text> leftOutSummary,
                      Text refusal) {

    public VpcCopy {
        vpcIds = List.copyOf(vpcIds);
        resources = List.copyOf(resources);
        shapes = List.copyOf(shapes);
        copyOf = Map.copyOf(copyOf);
        dropped = List.copyOf(dropped);
        leftOutSummary = List.copyOf(leftOutSummary);
    }

    static VpcCopy refused(Text reason) {
        return new VpcCopy(List.of(), null, List.of(), List.of(), Map.of(), List.of(), List.of(), reason);
    }

    public boolean isRefused() {
        return refusal != null;
    }
}
