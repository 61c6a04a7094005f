package io.hopscope.ui.inspector;

import io.hopscope.engine.Hop;
import io.hopscope.engine.RuleRef;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Label;

/**
 * The inspector's line for a trace hop no table row stands for: "No matching rule" on a security
 * group (naming the interface's whole group set), "No route for 10.0.2.45" on a route table,
 * "Reply allowed by connection tracking", or a gateway's failed check. Highlighted like a selected
 * row; it goes away as soon as the user selects something else.
 */
final class TraceFinding {
    static final String STYLE = "trace-finding";

    private final ResourceBundle messages;
    private final Label label = new Label();
    private String shownFor;

    TraceFinding(ResourceBundle messages) {
        this.messages = messages;
        label.setId(STYLE);
        label.getStyleClass().add(STYLE);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.managedProperty().bind(label.visibleProperty());
        label.setVisible(false);
    }

    Node getRoot() {
        return label;
    }

    String text() {
        return label.isVisible() ? label.getText() : "";
    }

    /** Shows what {@code hop} met at {@code shownId} (the resource selected for it), or hides the line. */
    void show(Hop hop, String shownId) {
        String text = textFor(hop);
        shownFor = text == null ? null : shownId;
        label.setText(text == null ? "" : text);
        label.setVisible(text != null);
    }

    void selectionChanged(Set<String> selection) {
        if (shownFor != null && !(selection.size() == 1 && selection.contains(shownFor))) {
            shownFor = null;
            label.setVisible(false);
        }
    }

    private String textFor(Hop hop) {
        RuleRef ref = hop.ruleRef();
        String list = ref.direction() == null ? "" : messages.getString(ref.direction().isEgress()
                ? "inspector.finding.outbound" : "inspector.finding.inbound");
        String groups = hop.groups().isEmpty() ? ref.resourceId() : String.join(", ", hop.groups());
        return switch (ref.kind()) {
            case NO_MATCHING_RULE -> hop.kind().isSecurityGroups()
                    ? format("inspector.finding.noRule", list, groups, hop.packet().describe())
                    : format("inspector.finding.noRoute", hop.packet().dst().toString());
            case TRACKED_CONNECTION -> format("inspector.finding.tracked", groups);
            case COMPONENT -> format(hop.blocks() ? "inspector.finding.check" : "inspector.finding.passed",
                    hop.explanationText() == null ? null : hop.explanationText().format(messages.getLocale()));
            default -> null;
        };
    }

    private String format(String key, Object... args) {
        return new MessageFormat(messages.getString(key).replace("'", "''")).format(args);
    }
}
