package io.hopscope.app.window;

import io.hopscope.diagram.Diagram;
import io.hopscope.reach.Counterexample;
import io.hopscope.ui.common.DiagramDocument;
import io.hopscope.ui.lab.LabHost;
import io.hopscope.ui.trace.TraceView;
import io.hopscope.ui.trace.TraceViewModel;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.stage.Window;

/** The main window as a lab's host: the lab panel docks at the right of the canvas and inspector. */
final class LabDock implements LabHost {

    private final MainWindowView window;
    private final SplitPane split;
    private final TabPane bottomTabs;
    private final TraceView traceView;

    LabDock(MainWindowView window, SplitPane split, TabPane bottomTabs, TraceView traceView) {
        this.window = window;
        this.split = split;
        this.bottomTabs = bottomTabs;
        this.traceView = traceView;
    }

    @Override
    public DiagramDocument document() {
        return window.getViewModel().document();
    }

    @Override
    public void whenChangesAreSafe(Runnable next) {
        window.whenChangesAreSafe(next);
    }

    @Override
    public void openUntitled(Diagram diagram, String status) {
        window.getViewModel().openUntitled(diagram, status);
    }

    @Override
    public void dock(Node panel, boolean shown) {
        if (shown && !split.getItems().contains(panel)) {
            double[] before = split.getDividerPositions();
            split.getItems().add(panel);
            if (before.length == 1) {
                split.setDividerPositions(Math.min(before[0], 0.42), 0.74);
            }
        } else if (!shown) {
            split.getItems().remove(panel);
        }
    }

    @Override
    public void showTrace(Counterexample x) {
        TraceViewModel trace = traceView.getViewModel();
        trace.fromProperty().set(x.from());
        trace.toProperty().set(x.to());
        trace.protocolProperty().set(x.protocol());
        trace.portProperty().set(x.port() == null ? "" : x.port().toString());
        trace.traceNow();
        bottomTabs.getTabs().stream().filter(t -> t.getContent() == traceView.getRoot()).findFirst()
                .ifPresent(t -> bottomTabs.getSelectionModel().select(t));
    }

    @Override
    public void say(String status) {
        window.getViewModel().say(status);
    }

    @Override
    public Window window() {
        return window.getRoot().getScene() == null ? null : window.getRoot().getScene().getWindow();
    }
}
