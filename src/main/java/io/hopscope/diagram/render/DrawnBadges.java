package io.hopscope.diagram.render;

import java.util.ArrayList;
import java.util.List;

/**
 * The badges the canvas shows, for an exported picture: a workload's security groups along the
 * bottom of its card, a subnet's route table and network ACL ("RT …", "ACL …") along the bottom
 * of the subnet. A picture without them hides exactly the components a trace talks about.
 */
final class DrawnBadges {

    /** Height of a badge; its text baseline sits {@link #BASELINE} below its top. */
    static final double HEIGHT = 16;
    static final double BASELINE = 12;
    private static final double GAP = 4;
    private static final double INSET = 8;
    private static final double CHAR = 6.2;
    private static final double MAX_WIDTH = 140;

    private DrawnBadges() {
    }

    /** The badges of the picture's subnets (route table, ACL) and workloads (security groups). */
    static List<DrawnBox> of(List<CanvasItem> items) {
        List<DrawnBox> out = new ArrayList<>();
        for (CanvasItem item : items) {
            if (item.kind() == ItemKind.SUBNET) {
                row(out, item.resourceId(), StyleRole.ASSOCIATION_BADGE, item.bounds(), item.badges());
            }
        }
        for (CanvasItem item : items) {
            if (item.kind() == ItemKind.WORKLOAD) {
                row(out, item.resourceId(), StyleRole.SG_BADGE, item.bounds(), item.badges());
            }
        }
        return out;
    }

    /** Badges left to right along the bottom inside {@code box}, as many as fit its width. */
    private static void row(List<DrawnBox> out, String ownerId, StyleRole role, Rect box, List<SgBadge> badges) {
        double x = box.x() + INSET;
        double y = box.y() + box.height() - HEIGHT - 4;
        for (SgBadge t : badges) {
            double w = Math.min(MAX_WIDTH, t.label().length() * CHAR + 12);
            if (x + w > box.x() + box.width() - INSET) {
                return;
            }
            String text = io.hopscope.diagram.autolayout.BoxSizes.fitDetail(t.label(), w + 2 * 10 - 12);
            out.add(new DrawnBox(ownerId + "-badge-" + t.securityGroupId(), role, x, y, w, HEIGHT, text, "", false, null));
            x += w + GAP;
        }
    }
}
