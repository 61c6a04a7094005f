package io.hopscope.ui.inspector;

import io.hopscope.check.Problem;
import io.hopscope.engine.Hop;
import io.hopscope.engine.RuleRef;
import io.hopscope.ui.common.DiagramDocument;
import io.hopscope.ui.inspector.InspectorViewModel.Reveal;
import io.hopscope.ui.inspector.InspectorViewModel.ShownAction;
import io.hopscope.ui.inspector.InspectorViewModel.ShownSection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;

/**
 * The right-hand panel ({@code Inspector.fxml}) over {@link InspectorViewModel}: the selection's
 * properties, the action buttons and sub-editor tabs registered for its kind in
 * {@link InspectorEditors} (the one place a resource kind plugs in), and the trace finding line.
 * The trace explorer and the problems panel open a tab at a rule with {@link #revealRule(RuleRef)}.
 */
public final class InspectorView {

    /** Tab ids: {@code inbound}, {@code outbound}, {@code routes}. */
    public static final String INBOUND = InspectorSection.INBOUND;
    public static final String OUTBOUND = InspectorSection.OUTBOUND;
    public static final String ROUTES = InspectorSection.ROUTES;

    private final InspectorViewModel viewModel;
    private final InspectorEditors editors;
    private final InspectorEditors.Context context;
    private final List<SubEditorView> shown = new ArrayList<>();
    private final ScrollPane root;

    @FXML private Label findingLabel;
    @FXML private StackPane propertiesHost;
    @FXML private FlowPane actionsBar;
    @FXML private TabPane ruleTabs;

    public InspectorView(DiagramDocument document, ResourceBundle messages) {
        this(document, messages, InspectorEditors.standard());
    }

    public InspectorView(DiagramDocument document, ResourceBundle messages, InspectorEditors editors) {
        this.editors = editors;
        this.context = new InspectorEditors.Context(document, messages);
        this.viewModel = new InspectorViewModel(document, messages, editors::sections, editors::actions);
        FXMLLoader fxml = new FXMLLoader(InspectorView.class.getResource("/io/hopscope/ui/inspector/Inspector.fxml"), messages);
        fxml.setController(this);
        try {
            root = fxml.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load Inspector.fxml", e);
        }
        propertiesHost.getChildren().add(new PropertiesView(viewModel.properties()).getRoot());
        findingLabel.textProperty().bind(viewModel.findingProperty());
        findingLabel.visibleProperty().bind(viewModel.findingProperty().isNotEmpty());
        for (Node n : List.of(findingLabel, actionsBar, ruleTabs)) {
            n.managedProperty().bind(n.visibleProperty());
        }
        viewModel.getSections().addListener((ListChangeListener<ShownSection>) c -> showSections());
        viewModel.getActions().addListener((ListChangeListener<ShownAction>) c -> showActions());
        editors.setOnChange(viewModel::registrationsChanged);
        showSections();
        showActions();
    }

    public Node getRoot() {
        return root;
    }

    public InspectorViewModel getViewModel() {
        return viewModel;
    }

    public PropertiesViewModel properties() {
        return viewModel.properties();
    }

    /** Where features add their tabs and actions for a resource kind. */
    public InspectorEditors editors() {
        return editors;
    }

    private void showSections() {
        shown.forEach(SubEditorView::dispose);
        shown.clear();
        ruleTabs.getTabs().clear();
        for (ShownSection s : viewModel.getSections()) {
            SubEditorView view = editors.create(s.section(), context, s.resource());
            Tab tab = new Tab(s.title(), view.getRoot());
            tab.setId(s.section().id());
            shown.add(view);
            ruleTabs.getTabs().add(tab);
        }
        ruleTabs.setVisible(!ruleTabs.getTabs().isEmpty());
    }

    private void showActions() {
        actionsBar.getChildren().clear();
        for (ShownAction a : viewModel.getActions()) {
            Button button = new Button(a.label());
            button.setId("action-" + a.action().id());
            button.setOnAction(e -> viewModel.run(a));
            actionsBar.getChildren().add(button);
        }
        actionsBar.setVisible(!actionsBar.getChildren().isEmpty());
    }

    /**
     * Selects the resource holding {@code ref}'s rule list (the group whose rule matched, the ACL, the
     * route table), opens the tab of its list and selects the row. False when the ref names no row
     * shown here (no rule matched, connection tracking, a gateway).
     */
    public boolean revealRule(RuleRef ref) {
        return show(viewModel.revealRule(ref));
    }

    /**
     * Shows a trace hop: selects the component that decided and, when a row decided, opens its table
     * there; when none did a highlighted line says so above the component's fields. The focus stays
     * where it is.
     */
    public void revealHop(Hop hop) {
        show(viewModel.revealHop(hop));
    }

    /** Selects a problem's culprit and, when the problem's location names a rule or route, opens its table there. */
    public void revealProblem(Problem problem) {
        show(viewModel.revealProblem(problem));
    }

    private boolean show(Reveal reveal) {
        if (reveal.rule() != null) {
            for (int i = 0; i < shown.size(); i++) {
                int row = shown.get(i).rowOf(reveal.rule());
                if (row >= 0) {
                    ruleTabs.getSelectionModel().select(ruleTabs.getTabs().get(i));
                    shown.get(i).showRow(row);
                    return true;
                }
            }
            return false;
        }
        if (reveal.tabId() != null) {
            for (int i = 0; i < ruleTabs.getTabs().size(); i++) {
                if (reveal.tabId().equals(ruleTabs.getTabs().get(i).getId())) {
                    ruleTabs.getSelectionModel().select(i);
                    if (reveal.item() != null) {
                        shown.get(i).showItem(reveal.item());
                    }
                }
            }
        }
        return false;
    }
}
