package io.hopscope.ui.trace;

import io.hopscope.edit.Edit;
import io.hopscope.engine.Blocker;
import io.hopscope.engine.Hop;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * Every component that blocks the flow (not only the first, unlike Reachability Analyzer), each
 * with the engine's explanation and an "Apply fix" button per suggested fix.
 */
final class BlockerList {

    static final String APPLY_FIX = "trace-apply-fix";

    private BlockerList() {
    }

    static void render(VBox box, List<Blocker> blockers, TraceViewModel viewModel, ResourceBundle messages) {
        box.getChildren().clear();
        if (!viewModel.getPortFixes().isEmpty()) {
            VBox entry = new VBox(3);
            entry.getStyleClass().addAll("trace-blocker", "trace-port-fixes");
            Label head = new Label(messages.getString("trace.portFix.title"));
            head.getStyleClass().add("trace-blocker-head");
            head.setWrapText(true);
            entry.getChildren().add(head);
            viewModel.getPortFixes().forEach(fix -> entry.getChildren().add(fixButton(fix, viewModel, messages)));
            box.getChildren().add(entry);
        }
        for (Blocker b : blockers) {
            VBox entry = new VBox(3);
            entry.getStyleClass().add("trace-blocker");
            Hop h = b.hop();
            String where = h.name().isEmpty() ? h.componentId() : h.name() + " (" + h.componentId() + ")";
            Label head = new Label(messages.getString(b.onReply() ? "trace.blocker.reply" : "trace.blocker.request")
                    + " " + ComponentNames.of(h.kind(), messages) + " " + where
                    + (h.rule() == null ? "" : " · " + MessageFormat.format(messages.getString("trace.blocker.rule"), h.rule())));
            head.getStyleClass().add("trace-blocker-head");
            head.setWrapText(true);
            Label why = new Label(h.explanationText() == null ? "" : h.explanationText().format(viewModel.engineTexts()));
            why.setWrapText(true);
            entry.getChildren().addAll(head, why);
            if (b.fixes().isEmpty()) {
                entry.getChildren().add(new Label(messages.getString("trace.blocker.noFix")));
            }
            for (Edit fix : b.fixes()) {
                entry.getChildren().add(fixButton(fix, viewModel, messages));
            }
            box.getChildren().add(entry);
        }
    }

    private static Button fixButton(Edit fix, TraceViewModel viewModel, ResourceBundle messages) {
        Button apply = new Button(messages.getString("trace.applyFix") + ": " + fix.text().format(viewModel.engineTexts()));
        apply.getStyleClass().add(APPLY_FIX);
        apply.setWrapText(true);
        apply.setMnemonicParsing(false);
        apply.setUserData(fix);
        apply.setOnAction(e -> viewModel.applyFix(fix));
        return apply;
    }
}
