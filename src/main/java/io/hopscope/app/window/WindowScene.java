package io.hopscope.app.window;

import java.net.URL;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/** The main window's scene: the light theme with the dark one layered on top, and window-wide keys. */
final class WindowScene {

    private WindowScene() {
    }

    /**
     * A scene for {@code root}. Ctrl+Y redoes too, as on Windows (the menu shows Ctrl+Shift+Z).
     * A text field (the inspector's, the trace's) swallows Ctrl+F before the menu sees it; Find
     * means nothing inside a field, so it is taken first and opens Edit > Find from anywhere.
     */
    static Scene create(Parent root, boolean dark, Runnable redo, KeyCombination findKey, Runnable find) {
        Scene scene = new Scene(root);
        applyTheme(scene, dark);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), redo);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (findKey != null && findKey.match(e) && scene.getFocusOwner() instanceof TextInputControl) {
                e.consume();
                find.run();
            }
        });
        return scene;
    }

    /** dark.css only overrides the colour tokens, so it is layered on top of light.css. */
    static void applyTheme(Scene scene, boolean dark) {
        if (scene == null) {
            return;
        }
        scene.getStylesheets().setAll(stylesheet(MainWindowView.LIGHT_THEME));
        if (dark) {
            scene.getStylesheets().add(stylesheet(MainWindowView.DARK_THEME));
        }
        // The Korean UI needs a Hangul font; JavaFX CSS takes one family, so it is chosen at run time.
        io.hopscope.ui.common.UiFonts.stylesheet().ifPresent(scene.getStylesheets()::add);
    }

    private static String stylesheet(String resource) {
        URL url = MainWindowView.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("missing stylesheet " + resource);
        }
        return url.toExternalForm();
    }
}
