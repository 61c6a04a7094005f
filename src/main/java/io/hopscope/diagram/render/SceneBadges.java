package io.hopscope.diagram.render;

import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.Shape;
import io.hopscope.model.NetworkAcl;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.RouteTable;
import io.hopscope.model.SecurityGroup;
import io.hopscope.model.Subnet;
import io.hopscope.model.Workload;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The badges the canvas shows, for an exported picture: a workload's security groups along the
 * bottom of its card, a subnet's route table and network ACL ("RT …", "ACL …") along the bottom
 * of the subnet. A picture without them hides exactly the components a trace talks about.
 */
final class SceneBadges {

    /** Height of a badge; its text baseline sits {@link #BASELINE} below its top. */
    static final double HEIGHT = 16;
    static final double BASELINE = 12;
    private static final double GAP = 4;
    private static final double INSET = 8;
    private static final double CHAR = 6.2;
    private static final double MAX_WIDTH = 140;

    private SceneBadges() {
    }

    static List<SceneBox> of(Diagram diagram) {
        NetworkModel model = diagram.model();
        List<SceneBox> out = new ArrayList<>();
        for (Subnet s : model.subnets()) {
            Shape box = diagram.layout().shape(s.id());
            if (box == null) {
                continue;
            }
            List<String[]> texts = new ArrayList<>();
            RouteTable rt = model.routeTableOf(s.id());
            if (rt != null) {
                texts.add(new String[] {rt.id(), "RT " + rt.label()});
            }
            NetworkAcl acl = model.networkAclOf(s.id());
            if (acl != null) {
                texts.add(new String[] {acl.id(), "ACL " + acl.label()});
            }
            row(out, s.id(), StyleRole.ASSOCIATION_BADGE, box, texts);
        }
        for (Workload w : model.workloads()) {
            Shape box = diagram.layout().shape(w.id());
            if (box == null) {
                continue;
            }
            Set<String> groups = new LinkedHashSet<>();
            for (String eniId : w.networkInterfaceIds()) {
                NetworkInterface eni = model.networkInterface(eniId);
                if (eni != null) {
                    groups.addAll(eni.securityGroupIds());
                }
            }
            List<String[]> texts = new ArrayList<>();
            for (String g : groups) {
                SecurityGroup sg = model.securityGroup(g);
                texts.add(new String[] {g, sg == null ? g : sg.label()});
            }
            row(out, w.id(), StyleRole.SG_BADGE, box, texts);
        }
        return out;
    }

    /** Badges left to right along the bottom inside {@code box}, as many as fit its width. */
    private static void row(List<SceneBox> out, String ownerId, StyleRole role, Shape box, List<String[]> texts) {
        double x = box.x() + INSET;
        double y = box.y() + box.height() - HEIGHT - 4;
        for (String[] t : texts) {
            double w = Math.min(MAX_WIDTH, t[1].length() * CHAR + 12);
            if (x + w > box.x() + box.width() - INSET) {
                return;
            }
            String text = io.hopscope.diagram.autolayout.BoxSizes.fitDetail(t[1], w + 2 * 10 - 12);
            out.add(new SceneBox(ownerId + "-badge-" + t[0], role, x, y, w, HEIGHT, text, "", false, null));
            x += w + GAP;
        }
    }
}
