package io.hopscope.app.window;

import io.hopscope.ui.canvas.DiagramCanvasView;
import io.hopscope.ui.inspector.InspectorView;
import io.hopscope.ui.palette.PaletteView;
import io.hopscope.ui.palette.PaletteViewModel;
import io.hopscope.ui.problems.ProblemsView;
import io.hopscope.ui.problems.ProblemsViewModel;
import io.hopscope.ui.reach.ReachPanels;
import io.hopscope.ui.share.ShareView;
import io.hopscope.ui.trace.TraceView;
import io.hopscope.ui.trace.TraceViewModel;
import java.util.ResourceBundle;

/**
 * The panels of one main window, each a View over its ViewModel, and the few wires between them
 * (a problem or a hop reveals its rule in the inspector, an export draws the shown trace). The
 * window only places them; no panel knows another's scene graph.
 */
record WindowPanels(DiagramCanvasView canvas, PaletteView palette, TraceView trace, InspectorView inspector,
                    ProblemsView problems, ShareView share, ReachPanels reach) {

    static WindowPanels create(MainWindowViewModel viewModel, ResourceBundle messages, ShareView.Host shareHost) {
        DiagramCanvasView canvas = new DiagramCanvasView(viewModel.canvas(), messages);
        canvas.enableEditing(viewModel.editor());
        PaletteView palette = new PaletteView(new PaletteViewModel(messages), messages);
        palette.setDropHandler((kind, sceneX, sceneY) -> {
            if (!canvas.isOnCanvas(sceneX, sceneY)) {
                viewModel.editor().say(messages.getString("status.dropOutside"));
                return false;
            }
            return canvas.dropFromPalette(kind, sceneX, sceneY);
        });
        TraceView trace = new TraceView(new TraceViewModel(viewModel.document(), messages), messages, canvas);
        InspectorView inspector = new InspectorView(viewModel.document(), messages);
        ProblemsView problems = new ProblemsView(new ProblemsViewModel(viewModel.document(), messages), messages,
                inspector::revealProblem);
        // The trace explorer opens the deciding rule of the current hop in the inspector's table.
        trace.setRuleRevealer(inspector::revealHop);
        ShareView share = new ShareView(viewModel.document(), messages, shareHost);
        share.getViewModel().shownTraceProperty().bind(trace.getViewModel().traceProperty());
        ReachPanels reach = ReachPanels.create(viewModel.document(), messages, canvas, trace, problems.getViewModel());
        reach.addInspectorActions(inspector.editors());
        return new WindowPanels(canvas, palette, trace, inspector, problems, share, reach);
    }
}
