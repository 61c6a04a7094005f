package io.hopscope.ui.reach;

import io.hopscope.engine.TraceQuery;
import io.hopscope.ui.canvas.DiagramCanvasView;
import io.hopscope.ui.common.DiagramDocument;
import io.hopscope.ui.matrix.MatrixView;
import io.hopscope.ui.matrix.MatrixViewModel;
import io.hopscope.ui.problems.ProblemFeed;
import io.hopscope.ui.problems.ProblemsViewModel;
import io.hopscope.ui.trace.TraceView;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import io.hopscope.ui.canvas.ExposureBadges;
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
    private final ExposureBadgesViewModel badges;
    private PolicyView policy;
    private MatrixViewModel matrixModel;
    private MatrixView matrix;
    private DiagramCanvasView canvas;
    private ResourceBundle messages;

    private ReachPanels(ReachPanelView reach, TraceView trace, ExposureBadgesViewModel badges) {
        this.reach = reach;
        this.trace = trace;
        this.badges = badges;
    }

    public static ReachPanels create(DiagramDocument document, ResourceBundle messages, DiagramCanvasView canvas,
                                     TraceView trace, ProblemsViewModel problems) {
        ExecutorService worker = Executors.newSingleThreadExecutor(daemon("hopscope-reach"));
        // The badges have a worker of their own: a long "Who can reach" question never delays them.
        ExposureBadgesViewModel badges = new ExposureBadgesViewModel(document,
                Executors.newSingleThreadScheduledExecutor(daemon("hopscope-exposure")), Platform::runLater,
                ExposureBadgesViewModel.DEBOUNCE_MILLIS);
        ExposureBadges marks = new ExposureBadges(canvas);
        badges.badgesProperty().addListener((obs, old, now) -> marks.show(ExposureTexts.badges(messages, now)));
        ReachPanelView reach = new ReachPanelView(new ReachPanelViewModel(document, messages, worker, Platform::runLater),
                messages, canvas);
        ReachPanels panels = new ReachPanels(reach, trace, badges);
        panels.canvas = canvas;
        panels.messages = messages;
        // The matrix has a worker of its own too: a 1,000 x 1,000 grid never delays the panel.
        panels.matrixModel = new MatrixViewModel(document, messages, Executors.newSingleThreadExecutor(daemon("hopscope-matrix")),
                Platform::runLater, Runtime.getRuntime().availableProcessors());
        panels.matrixModel.setTracer(panels::showTrace);
        reach.getViewModel().setTracer(panels::showTrace);
        PolicyViewModel policy = new PolicyViewModel(document, messages, worker, Platform::runLater);
        policy.setTracer(panels::showTrace);
        panels.policy = new PolicyView(policy, messages);
        problems.addFeed(new ProblemFeed(messages.getString("policy.problem.source"), policy.getProblems(),
                messages.getString("policy.problem.action"), policy::showCounterexample));
        return panels;
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** View > Internet Exposure Badges. */
    public ExposureBadgesViewModel badges() {
        return badges;
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
        return List.of(reach.getTab(), policy.getTab());
    }

    /**
     * "Who can reach this?" and "What can this reach?" as inspector buttons for every resource the
     * canvas's context menu offers them for (workloads, interfaces, subnets, security groups...),
     * opening the same panel.
     */
    public void addInspectorActions(io.hopscope.ui.inspector.InspectorEditors editors) {
        editors.action(io.hopscope.model.Resource.class, "reach-who", "reach.menu.who", r -> reach.getViewModel().canAsk(r.id()),
                        r -> reach.ask(r.id(), ReachDirection.WHO_CAN_REACH))
                .action(io.hopscope.model.Resource.class, "reach-what", "reach.menu.what", r -> reach.getViewModel().canAsk(r.id()),
                        r -> reach.ask(r.id(), ReachDirection.WHAT_CAN_IT_REACH));
    }

    /** View > Reachability Matrix: the matrix window (made on first use), beside the main window. */
    public MatrixView showMatrix() {
        if (matrix == null) {
            matrix = new MatrixView(matrixModel, messages);
        }
        matrix.show(canvas == null || canvas.getScene() == null ? null : canvas.getScene().getWindow());
        return matrix;
    }

    /** The matrix window once it was opened, else null. */
    public MatrixView matrixView() {
        return matrix;
    }

    public MatrixViewModel matrix() {
        return matrixModel;
    }

    public PolicyView policy() {
        return policy;
    }

    public ReachPanelView reach() {
        return reach;
    }
}
