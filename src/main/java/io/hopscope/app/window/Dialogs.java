package io.hopscope.app.window;

import javafx.scene.Parent;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * Dialogs are shown without a nested event loop, so the window stays responsive and a test can
 * look the dialog up and answer it; the answer arrives in a callback.
 */
final class Dialogs {

    private Dialogs() {
    }

    static <T> void show(Parent root, Dialog<T> dialog, java.util.function.Consumer<T> onAnswer) {
        Window owner = root.getScene() == null ? null : root.getScene().getWindow();
        if (owner != null) {
            dialog.initOwner(owner);
            dialog.getDialogPane().getStylesheets().setAll(root.getScene().getStylesheets());
        }
        dialog.setOnHidden(e -> onAnswer.accept(dialog.getResult()));
        dialog.show();
    }

    /** A dialog {@code width} wide whose header and text wrap, so a long path never makes it wider than the window. */
    static void wrapAt(Dialog<?> dialog, double width) {
        dialog.getDialogPane().setMinWidth(Math.min(520, width));
        dialog.getDialogPane().setPrefWidth(width);
        dialog.getDialogPane().setMaxWidth(width);
    }
}
