package io.hopscope.ui.share;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** A spinner and the import's status ({@code ImportProgressBadge.fxml}), shown only while an import reads its folder. */
final class ImportProgressBadge {

    static final String STYLE = "share-progress";

    @FXML private Label text;

    private ImportProgressBadge() {
    }

    static Node create(ShareViewModel viewModel) {
        ImportProgressBadge controller = new ImportProgressBadge();
        FXMLLoader fxml = new FXMLLoader(ImportProgressBadge.class.getResource("/io/hopscope/ui/share/ImportProgressBadge.fxml"));
        fxml.setController(controller);
        Node badge;
        try {
            badge = fxml.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load ImportProgressBadge.fxml", e);
        }
        controller.text.textProperty().bind(viewModel.statusProperty());
        badge.visibleProperty().bind(viewModel.busyProperty());
        return badge;
    }
}
