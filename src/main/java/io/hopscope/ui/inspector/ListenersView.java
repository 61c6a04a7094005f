package io.hopscope.ui.inspector;

import java.util.List;
import java.util.ResourceBundle;
import javafx.collections.FXCollections;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.FlowPane;

/**
 * A load balancer's scheme, security groups and listeners (rulebook 10): the scheme and groups on
 * top, then the listeners (protocol, port, target group, each cell editable) with a row to add one.
 */
public final class ListenersView extends RuleTableViewBase<ListenerRow, ListenersViewModel> {

    private final LoadBalancerSettingsViewModel settings;
    private final ResourceBundle messages;
    private final ComboBox<String> scheme = new ComboBox<>();
    private final MenuButton groups = new MenuButton();
    private final javafx.beans.InvalidationListener onChange = obs -> showSettings();

    public ListenersView(ListenersViewModel viewModel, LoadBalancerSettingsViewModel settings, ResourceBundle messages) {
        super(viewModel, "listeners");
        this.settings = settings;
        this.messages = messages;
        String facing = messages.getString("inspector.lb.internetFacing");
        String internal = messages.getString("inspector.lb.internal");
        scheme.setId("lb-scheme");
        scheme.getItems().setAll(facing, internal);
        scheme.setOnAction(e -> {
            if (scheme.getValue() != null && settings.isInternal() != internal.equals(scheme.getValue())) {
                settings.setInternal(internal.equals(scheme.getValue()));
            }
        });
        groups.setId("lb-groups");
        groups.setOnShowing(e -> fillGroups());
        FlowPane top = new FlowPane(6, 4, new Label(messages.getString("inspector.lb.scheme")), scheme, groups);
        top.getStyleClass().add("rule-bar");

        TableColumn<ListenerRow, String> protocol = RuleTableParts.column(messages, "inspector.col.protocol",
                ListenerRow::protocol);
        protocol.setCellFactory(c -> new ComboBoxTableCell<>(FXCollections.observableArrayList(viewModel.protocolChoices())));
        protocol.setOnEditCommit(e -> viewModel.editProtocol(e.getTablePosition().getRow(), e.getNewValue()));
        TableColumn<ListenerRow, String> port = RuleTableParts.column(messages, "inspector.col.port", ListenerRow::port);
        port.setCellFactory(TextFieldTableCell.forTableColumn());
        port.setOnEditCommit(e -> viewModel.editPort(e.getTablePosition().getRow(), e.getNewValue()));
        TableColumn<ListenerRow, GroupChoice> group = new TableColumn<>(messages.getString("inspector.col.targetGroup"));
        group.setId("targetGroup");
        group.setSortable(false);
        group.setPrefWidth(220);
        group.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue().targetGroup()));
        group.setCellFactory(c -> new ComboBoxTableCell<>(FXCollections.observableArrayList()) {
            @Override
            public void startEdit() {
                getItems().setAll(viewModel.targetGroupChoices());
                super.startEdit();
            }
        });
        group.setOnEditCommit(e -> viewModel.editTargetGroup(e.getTablePosition().getRow(), e.getNewValue()));
        table.getColumns().setAll(List.of(protocol, port, group));
        table.setItems(viewModel.getRows());
        table.setId("listeners-table");

        ComboBox<String> newProtocol = new ComboBox<>(FXCollections.observableArrayList(viewModel.protocolChoices()));
        newProtocol.setId("listener-protocol");
        newProtocol.getSelectionModel().selectFirst();
        TextField newPort = new TextField();
        newPort.setId("listener-port");
        newPort.setPromptText(messages.getString("inspector.col.port"));
        newPort.setPrefColumnCount(5);
        ComboBox<GroupChoice> newGroup = new ComboBox<>();
        newGroup.setId("listener-target-group");
        newGroup.setPromptText(messages.getString("inspector.col.targetGroup"));
        // Refreshed after each change, not on showing: a list rebuilt while it opens moves under the click.
        newGroup.getItems().setAll(viewModel.targetGroupChoices());
        viewModel.getRows().addListener((javafx.beans.InvalidationListener) obs -> {
            GroupChoice kept = newGroup.getValue();
            newGroup.getItems().setAll(viewModel.targetGroupChoices());
            newGroup.setValue(kept);
        });
        FlowPane add = new FlowPane(4, 4, newProtocol, newPort, newGroup,
                RuleTableParts.button(messages, "inspector.rules.add", "listener-add", () -> {
                    if (viewModel.add(newProtocol.getValue(), newPort.getText(), newGroup.getValue())) {
                        newPort.clear();
                    }
                }),
                RuleTableParts.button(messages, "inspector.rules.remove", "listener-remove", () -> {
                    int row = table.getSelectionModel().getSelectedIndex();
                    if (row >= 0) {
                        viewModel.remove(row);
                    }
                }));
        add.getStyleClass().add("rule-bar");
        root.getChildren().addAll(top, RuleTableParts.errorLine(settings.errorProperty()), table, add,
                RuleTableParts.errorLine(viewModel.errorProperty()));
        settings.getRows().addListener(onChange);
        showSettings();
    }

    private void showSettings() {
        scheme.setValue(messages.getString(settings.isInternal() ? "inspector.lb.internal" : "inspector.lb.internetFacing"));
        groups.setText(settings.getRows().isEmpty() ? messages.getString("inspector.lb.noGroups")
                : String.join(", ", settings.getRows().stream().map(GroupChoice::label).toList()));
        groups.setVisible(settings.hasGroups());
        groups.setManaged(settings.hasGroups());
    }

    /** One tick per group of the VPC; ticking attaches it to every node of the load balancer. */
    private void fillGroups() {
        groups.getItems().clear();
        for (GroupChoice g : settings.groupChoices()) {
            CheckMenuItem item = new CheckMenuItem(g.label());
            item.setSelected(settings.getRows().stream().anyMatch(r -> r.id().equals(g.id())));
            item.setOnAction(e -> settings.setGroup(g.id(), item.isSelected()));
            groups.getItems().add(item);
        }
    }

    @Override
    public void dispose() {
        super.dispose();
        settings.getRows().removeListener(onChange);
        settings.dispose();
    }
}
