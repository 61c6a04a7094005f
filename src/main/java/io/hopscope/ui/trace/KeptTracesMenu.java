package io.hopscope.ui.trace;

import io.hopscope.diagram.SavedTrace;
import java.util.ResourceBundle;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/** The "Kept traces" button: one item per trace kept with the diagram (runs it), and Forget. */
final class KeptTracesMenu {

    private KeptTracesMenu() {
    }

    static void bind(MenuButton keptButton, TraceViewModel viewModel, ResourceBundle messages) {
        viewModel.getKeptTraces().addListener((ListChangeListener<SavedTrace>) c -> rebuild(keptButton, viewModel, messages));
        rebuild(keptButton, viewModel, messages);
    }

    private static void rebuild(MenuButton keptButton, TraceViewModel viewModel, ResourceBundle messages) {
        keptButton.getItems().clear();
        Menu forget = new Menu(messages.getString("trace.kept.forget"));
        for (SavedTrace kept : viewModel.getKeptTraces()) {
            MenuItem run = new MenuItem(kept.describe());
            run.setMnemonicParsing(false);
            run.getStyleClass().add("trace-kept-item");
            run.setOnAction(e -> viewModel.runKept(kept));
            keptButton.getItems().add(run);
            MenuItem drop = new MenuItem(kept.describe());
            drop.setMnemonicParsing(false);
            drop.setOnAction(e -> viewModel.forget(kept));
            forget.getItems().add(drop);
        }
        if (keptButton.getItems().isEmpty()) {
            MenuItem none = new MenuItem(messages.getString("trace.kept.empty"));
            none.setDisable(true);
            keptButton.getItems().add(none);
        } else {
            keptButton.getItems().addAll(new SeparatorMenuItem(), forget);
        }
    }
}
