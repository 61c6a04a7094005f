package io.hopscope.ui.lab;

import io.hopscope.diagram.Diagram;
import io.hopscope.reach.Counterexample;
import io.hopscope.ui.common.DiagramDocument;
import javafx.scene.Node;
import javafx.stage.Window;

/** What a lab needs from the window it opens in; the main window provides it. */
public interface LabHost {

    DiagramDocument document();

    /** Runs {@code next} once unsaved changes are saved or discarded (asks when there are some). */
    void whenChangesAreSafe(Runnable next);

    /** Shows {@code diagram} as a new untitled document. */
    void openUntitled(Diagram diagram, String status);

    /** Docks the lab panel beside the canvas, or takes it away. */
    void dock(Node panel, boolean shown);

    /** Shows the counterexample's trace in the trace explorer. */
    void showTrace(Counterexample counterexample);

    void say(String status);

    Window window();
}
