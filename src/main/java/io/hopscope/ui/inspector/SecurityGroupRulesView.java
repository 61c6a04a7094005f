package io.hopscope.ui.inspector;

import io.hopscope.ui.inspector.SecurityGroupRulesViewModel.Column;
import java.util.ResourceBundle;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.util.converter.DefaultStringConverter;

/** One direction of a security group: add with a preset, remove, duplicate, and edit cells in place. */
public final class SecurityGroupRulesView extends RuleTableViewBase<SgRuleRow, SecurityGroupRulesViewModel> {


    public SecurityGroupRulesView(SecurityGroupRulesViewModel viewModel, ResourceBundle messages) {
        super(viewModel, "sg-rules");
        TableColumn<SgRuleRow, String> protocol = RuleTableParts.column(messages, "inspector.col.protocol", SgRuleRow::protocol);
        protocol.setCellFactory(ComboBoxTableCell.forTableColumn("tcp", "udp", "icmp", "icmpv6", "all"));
        protocol.setOnEditCommit(e -> viewModel.edit(e.getTablePosition().getRow(), Column.PROTOCOL, e.getNewValue()));
        TableColumn<SgRuleRow, String> ports = RuleTableParts.column(messages, "inspector.col.ports", SgRuleRow::ports);
        ports.setCellFactory(TextFieldTableCell.forTableColumn());
        ports.setOnEditCommit(e -> viewModel.edit(e.getTablePosition().getRow(), Column.PORTS, e.getNewValue()));
        TableColumn<SgRuleRow, String> peer = RuleTableParts.column(messages, "inspector.col.peer", SgRuleRow::peer);
        peer.setCellFactory(col -> {
            // Editable so a CIDR can be typed as well as a group or prefix list picked [SGR peers].
            ComboBoxTableCell<SgRuleRow, String> cell = new ComboBoxTableCell<>(new DefaultStringConverter(),
                    FXCollections.observableArrayList()) {
                @Override
                public void startEdit() {
                    // Groups and prefix lists added since the table was built are offered too.
                    getItems().setAll(viewModel.peerChoices());
                    super.startEdit();
                    // Typing starts at once, as in the text cells: the caret goes into the combo's editor.
                    if (isEditing() && getGraphic() instanceof ComboBox<?> any && any.isEditable()) {
                        @SuppressWarnings("unchecked")
                        ComboBox<String> box = (ComboBox<String>) any;
                        PeerFilter.install(box, viewModel::peerChoices);
                        // The combo joins the scene on this pulse; focus it once it is there.
                        javafx.application.Platform.runLater(() -> {
                            box.requestFocus();
                            box.getEditor().selectAll();
                        });
                    }
                }
            };
            cell.setComboBoxEditable(true);
            return cell;
        });
        peer.setOnEditCommit(e -> viewModel.edit(e.getTablePosition().getRow(), Column.PEER, e.getNewValue()));
        TableColumn<SgRuleRow, String> description = RuleTableParts.column(messages, "inspector.col.description",
                SgRuleRow::description);
        description.setCellFactory(TextFieldTableCell.forTableColumn());
        description.setOnEditCommit(e -> viewModel.edit(e.getTablePosition().getRow(), Column.DESCRIPTION, e.getNewValue()));
        table.getColumns().setAll(java.util.List.of(protocol, ports, peer, description));
        table.setItems(viewModel.getRows());

        RuleTableParts.addRowActions(root, table, messages, viewModel, viewModel.errorProperty());
    }
}
