package io.hopscope.ui.inspector;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ResourceBundle;
import javafx.fxml.FXMLLoader;
import javafx.scene.layout.VBox;

/** Loads {@code HybridSection.fxml} for a hybrid tab's view, which is its controller. */
final class HybridSectionLoader {

    private HybridSectionLoader() {
    }

    static VBox load(Object controller, ResourceBundle messages) {
        FXMLLoader fxml = new FXMLLoader(HybridSectionLoader.class.getResource("/io/hopscope/ui/inspector/HybridSection.fxml"),
                messages);
        fxml.setController(controller);
        try {
            return fxml.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load HybridSection.fxml", e);
        }
    }
}
