package io.hopscope.ui.inspector;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ResourceBundle;
import javafx.fxml.FXMLLoader;
import javafx.scene.layout.VBox;

/** Loads {@code HybridSection.fxml} for a section view, which is its controller. */
final class HybridSections {

    private HybridSections() {
    }

    static VBox load(Object controller, ResourceBundle messages) {
        FXMLLoader fxml = new FXMLLoader(HybridSections.class.getResource("/io/hopscope/ui/inspector/HybridSection.fxml"),
                messages);
        fxml.setController(controller);
        try {
            return fxml.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load HybridSection.fxml", e);
        }
    }

    /** The inspector's hybrid sections, in the order they are shown under the properties. */
    static VBox sections(io.hopscope.ui.common.DiagramDocument document, ResourceBundle messages) {
        VBox box = new VBox(10,
                new HybridInspectorView(new HybridInspectorViewModel(document, messages), messages).getRoot(),
                new RoutePropagationView(new RoutePropagationViewModel(document, messages), messages).getRoot());
        box.getStyleClass().add("hybrid-sections");
        return box;
    }
}
