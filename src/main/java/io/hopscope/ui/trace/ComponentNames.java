package io.hopscope.ui.trace;

import io.hopscope.engine.ComponentKind;
import io.hopscope.engine.Decision;
import io.hopscope.engine.Direction;
import java.util.ResourceBundle;

/**
 * How the trace explorer names what a hop is: "Network ACL" / "네트워크 ACL" for the contract's
 * {@code network-acl}, "outbound" / "아웃바운드" for {@code egress}, "거부" for {@code DENY}. The wire
 * names stay in the CLI and the JSON; the window speaks the UI's language, with AWS's Korean terms.
 */
public final class ComponentNames {

    private ComponentNames() {
    }

    /** The component kind's readable name; its wire name if the bundle has none (a kind added later). */
    public static String of(ComponentKind kind, ResourceBundle messages) {
        String key = "component." + kind.wireName();
        return messages.containsKey(key) ? messages.getString(key) : kind.wireName();
    }

    public static String of(Direction direction, ResourceBundle messages) {
        return messages.getString("trace.direction." + direction.wireName());
    }

    public static String of(Decision decision, ResourceBundle messages) {
        return messages.getString("trace.decision." + decision.name());
    }
}
