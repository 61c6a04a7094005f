package io.hopscope.ui.reach;

import io.hopscope.reach.TooManyCellsException;
import java.util.ResourceBundle;

/**
 * Why a reachability question failed, as the window says it: a question too wide names the form's
 * own fields in the UI's language (never the CLI's {@code --from, --protocol, --ports}); any other
 * failure keeps its message. The matrix says its own ({@code MatrixTexts.failure}).
 */
public final class ReachFailures {

    private ReachFailures() {
    }

    /** The reach panel: it asks about one resource, so only its protocol and ports narrow the question. */
    public static String reachPanel(RuntimeException e, ResourceBundle messages) {
        return e instanceof TooManyCellsException t ? t.render(f -> switch (f) {
            case PROTOCOL -> messages.getString("reach.protocol");
            case PORT -> messages.getString("reach.ports");
            default -> null;
        }, messages.getLocale()) : String.valueOf(e.getMessage());
    }
}
