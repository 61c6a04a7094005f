package io.hopscope.ui.reach;

import io.hopscope.engine.TraceQuery;
import io.hopscope.ui.canvas.DiagramCanvasView;
import io.hopscope.ui.common.DiagramDocument;
import io.hopscope.ui.trace.TraceView;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.control.Tab;

/**
 * The reachability features of one main window: the "Who can reach this?" panel, the internet
 * exposure badges, the matrix and the policy panel, sharing one worker thread (the answers are
 * computed off the FX thread and published on it). The window places their tabs and menu items.
 */
public final class ReachPanels {
    private final ReachPanelView reach;
    private final TraceView trace;

    private ReachPanels(ReachPanelView reach, TraceView trace) {
        this.reach = reach;
        this.trace = trace;
    }

    public static ReachPanels create(DiagramDocument document, ResourceBundle messages, DiagramCanvasView canvas,
                                     TraceView trace) {
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "hopscope-reach");
            t.setDaemon(true);
            return t;
        });
        ReachPanelView reach = new ReachPanelView(new ReachPanelViewModel(document, messages, worker, Platform::runLater),
                messages, canvas);
        ReachPanels panels = new ReachPanels(reach, trace);
        reach.getViewModel().setTracer(panels::showTrace);
        return panels;
    }

    /** Runs {@code query} in the trace explorer and brings it forward. */
    public void showTrace(TraceQuery query) {
        trace.getViewModel().traceExactly(query);
        Tab t = trace.createTab();
        if (t.getTabPane() != null) {
            t.getTabPane().getSelectionModel().select(t);
        }
    }

    /** The tabs for the bottom panel, after the trace and problems tabs. */
    public List<Tab> tabs() {
        return List.of(reach.getTab());
    }

    public ReachPanelView reach() {
        return reach;
    }
}
