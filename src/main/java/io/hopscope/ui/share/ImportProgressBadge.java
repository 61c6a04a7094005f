package io.hopscope.ui.share;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;

/** A spinner and the import's status, shown only while an import reads its folder. */
final class ImportProgressBadge {

    static final String STYLE = "share-progress";

    private ImportProgressBadge() {
    }

    static Node create(ShareViewModel viewModel) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        Label text = new Label();
        text.textProperty().bind(viewModel.statusProperty());
        HBox badge = new HBox(8, spinner, text);
        badge.getStyleClass().add(STYLE);
        badge.setAlignment(Pos.CENTER_LEFT);
        badge.setPadding(new Insets(6, 10, 6, 10));
        badge.setMaxSize(HBox.USE_PREF_SIZE, HBox.USE_PREF_SIZE);
        badge.setStyle("-fx-background-color: -fx-control-inner-background; -fx-background-radius: 6;"
                + " -fx-border-color: -fx-box-border; -fx-border-radius: 6;");
        badge.visibleProperty().bind(viewModel.busyProperty());
        // It reports; clicks go to the canvas under it.
        badge.setMouseTransparent(true);
        return badge;
    }
}
