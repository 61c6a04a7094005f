package io.hopscope.ui.inspector;

import io.hopscope.model.TargetGroup;
import io.hopscope.model.TargetType;
import java.util.List;
import java.util.ResourceBundle;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.FlowPane;

/**
 * The target groups of a load balancer, one at a time (rulebook 10): a picker and "New", the shown
 * group's protocol, port and target type with Apply, then its targets (port editable: blank is the
 * group's port) and a row to register one, picked from the VPC's instances or typed.
 */
public final class TargetGroupsView extends RuleTableViewBase<TargetRow, TargetGroupsViewModel> {

    private final ComboBox<GroupChoice> picker = new ComboBox<>();
    private final ComboBox<String> protocol = new ComboBox<>();
    private final TextField port = new TextField();
    private final ComboBox<TargetType> type = new ComboBox<>();

    public TargetGroupsView(TargetGroupsViewModel viewModel, ResourceBundle messages) {
        super(viewModel, "targets");
        picker.setId("tg-picker");
        picker.getItems().setAll(viewModel.groupChoices());
        picker.valueProperty().bindBidirectional(viewModel.shownProperty());
        FlowPane pick = new FlowPane(4, 4, picker,
                RuleTableParts.button(messages, "inspector.lb.newTargetGroup", "tg-new", viewModel::newGroup));
        pick.getStyleClass().add("rule-bar");

        protocol.setId("tg-protocol");
        protocol.getItems().setAll(viewModel.protocolChoices());
        port.setId("tg-port");
        port.setPrefColumnCount(5);
        type.setId("tg-type");
        type.getItems().setAll(TargetType.INSTANCE, TargetType.IP);
        type.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(TargetType t) {
                return t == null ? "" : t.wireName();
            }

            @Override
            public TargetType fromString(String s) {
                return TargetType.fromWireName(s);
            }
        });
        FlowPane settings = new FlowPane(4, 4, protocol, port, type,
                RuleTableParts.button(messages, "inspector.lb.apply", "tg-apply",
                        () -> viewModel.applySettings(protocol.getValue(), port.getText(), type.getValue())));
        settings.getStyleClass().add("rule-bar");

        TableColumn<TargetRow, String> id = RuleTableParts.column(messages, "inspector.col.target",
                r -> r.target().id());
        id.setEditable(false);
        id.setPrefWidth(150);
        TableColumn<TargetRow, String> name = RuleTableParts.column(messages, "inspector.col.name", TargetRow::name);
        name.setEditable(false);
        TableColumn<TargetRow, String> targetPort = RuleTableParts.column(messages, "inspector.col.port", TargetRow::port);
        targetPort.setCellFactory(TextFieldTableCell.forTableColumn());
        targetPort.setOnEditCommit(e -> viewModel.editPort(e.getTablePosition().getRow(), e.getNewValue()));
        TableColumn<TargetRow, String> zone = RuleTableParts.column(messages, "inspector.col.zone", TargetRow::zone);
        zone.setEditable(false);
        table.getColumns().setAll(List.of(id, name, targetPort, zone));
        table.setItems(viewModel.getRows());
        table.setId("targets-table");

        ComboBox<GroupChoice> newTarget = new ComboBox<>();
        newTarget.setId("target-id");
        newTarget.setEditable(true);
        newTarget.setPromptText(messages.getString("inspector.lb.targetPrompt"));
        newTarget.getItems().setAll(viewModel.instanceChoices());
        viewModel.getRows().addListener((javafx.beans.InvalidationListener) obs -> {
            if (!newTarget.isShowing()) {
                newTarget.getItems().setAll(viewModel.instanceChoices());
            }
        });
        newTarget.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(GroupChoice c) {
                return c == null ? "" : c.label();
            }

            @Override
            public GroupChoice fromString(String s) {
                return s == null || s.isBlank() ? null : new GroupChoice(s.strip().split(" ")[0], s.strip());
            }
        });
        TextField newPort = new TextField();
        newPort.setId("target-port");
        newPort.setPromptText(messages.getString("inspector.col.port"));
        newPort.setPrefColumnCount(5);
        FlowPane add = new FlowPane(4, 4, newTarget, newPort,
                RuleTableParts.button(messages, "inspector.lb.register", "target-register", () -> {
                    String typed = newTarget.getEditor().getText();
                    if (viewModel.register(typed, newPort.getText())) {
                        newTarget.getEditor().clear();
                        newTarget.setValue(null);
                        newPort.clear();
                    }
                }),
                RuleTableParts.button(messages, "inspector.lb.deregister", "target-deregister", () -> {
                    int row = table.getSelectionModel().getSelectedIndex();
                    if (row >= 0) {
                        viewModel.deregister(row);
                    }
                }));
        add.getStyleClass().add("rule-bar");
        root.getChildren().addAll(pick, settings, table, add, RuleTableParts.errorLine(viewModel.errorProperty()));
        viewModel.getRows().addListener((javafx.beans.InvalidationListener) obs -> showSettings());
        showSettings();
    }

    /** The shown group's settings in the fields, after any change, undo or redo. */
    private void showSettings() {
        TargetGroup tg = viewModel.group();
        // Refreshed after each change, not on showing: a list rebuilt while it opens moves under the click.
        if (!picker.isShowing()) {
            GroupChoice kept = picker.getValue();
            picker.getItems().setAll(viewModel.groupChoices());
            picker.setValue(kept);
        }
        protocol.setValue(tg == null ? null : tg.protocol());
        port.setText(tg == null || tg.port() == null ? "" : String.valueOf(tg.port()));
        type.setValue(tg == null ? null : tg.targetType());
        FXCollections.observableArrayList(viewModel.groupChoices()).stream()
                .filter(c -> tg != null && c.id().equals(tg.id()) && !c.equals(picker.getValue()))
                .findFirst().ifPresent(picker::setValue);
    }

    /** A target-group hop of a trace picks its group here. */
    @Override
    public void showItem(String targetGroupId) {
        viewModel.show(targetGroupId);
    }
}
