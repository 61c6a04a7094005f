package io.hopscope.app.window;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * Outcomes worth a glance that must not stop the user (saved, exported, copied, imported,
 * recovered): a ControlsFX notification at the window's bottom right that fades after a few
 * seconds, and stacks when several come at once. The status bar keeps the same text.
 */
final class WindowNotices {

    /** Style class of a notice, for tests and themes. */
    static final String STYLE = "window-notice";
    private static final Duration SHOWN_FOR = Duration.seconds(4);

    private final Node anchor;

    WindowNotices(Node anchor) {
        this.anchor = anchor;
    }

    void show(String text) {
        Window owner = anchor.getScene() == null ? null : anchor.getScene().getWindow();
        if (owner == null || !owner.isShowing()) {
            return;
        }
        Notifications.create().owner(owner).text(text).position(Pos.BOTTOM_RIGHT).hideAfter(SHOWN_FOR)
                .styleClass(STYLE).hideCloseButton().show();
    }
}
