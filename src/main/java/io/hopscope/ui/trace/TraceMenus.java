package io.hopscope.ui.trace;

import java.nio.file.Path;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/** The trace explorer's menu entries for the main window's menu bar. */
final class TraceMenus {

    private TraceMenus() {
    }

    /** The Trace menu: new trace (Ctrl+T), run, pick the destination on the canvas, clear. */
    static Menu traceMenu(TraceView view, ResourceBundle messages) {
        TraceViewModel viewModel = view.getViewModel();
        MenuItem start = new MenuItem(messages.getString("menu.trace.new"));
        start.setId("trace-new-item");
        start.setAccelerator(KeyCombination.keyCombination("Shortcut+T"));
        // Ctrl+T runs a filled-in question (the hint in the panel says so), else starts a new one.
        start.setOnAction(e -> view.runOrAsk());
        MenuItem run = new MenuItem(messages.getString("menu.trace.run"));
        run.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+T"));
        run.setOnAction(e -> view.onTrace());
        MenuItem pick = new MenuItem(messages.getString("menu.trace.pick"));
        pick.setOnAction(e -> viewModel.pickingDestinationProperty().set(true));
        MenuItem clear = new MenuItem(messages.getString("menu.trace.clear"));
        clear.setOnAction(e -> viewModel.clear());
        Menu menu = new Menu(messages.getString("menu.trace"), null, start, run, pick, new SeparatorMenuItem(), clear);
        menu.setId("trace-menu");
        return menu;
    }

    /** Help > Tour. */
    static MenuItem tourItem(TraceView view, ResourceBundle messages, Consumer<Path> opener) {
        MenuItem item = new MenuItem(messages.getString("menu.help.tour"));
        item.setId("tour-item");
        item.setOnAction(e -> {
            view.focusQuery();
            Scene scene = view.getRoot().getScene();
            new TourView(view.getViewModel(), messages, opener, scene == null ? null : scene.getWindow())
                    .avoiding(scene == null ? null : scene.getRoot().lookup(".diagram-canvas")).show();
        });
        return item;
    }
}
