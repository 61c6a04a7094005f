package io.hopscope.ui.inspector;

import io.hopscope.ui.inspector.AclEntriesViewModel.Column;
import java.util.List;
import java.util.ResourceBundle;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;

/** One direction of a network ACL, sorted by rule number, the fixed {@code *} row last [NACL]. */
public final class AclEntriesView extends RuleTableViewBase<AclRow, AclEntriesViewModel> {


    public AclEntriesView(AclEntriesViewModel viewModel, ResourceBundle messages) {
        super(viewModel, "acl-entries");
        TableColumn<AclRow, String> number = RuleTableParts.column(messages, "inspector.col.number", AclRow::number);
        number.setCellFactory(TextFieldTableCell.forTableColumn());
        number.setOnEditCommit(e -> viewModel.edit(e.getTablePosition().getRow(), Column.NUMBER, e.getNewValue()));
        TableColumn<AclRow, String> action = RuleTableParts.column(messages, "inspector.col.action", AclRow::action);
        action.setCellFactory(ComboBoxTableCell.forTableColumn("allow", "deny"));
        action.setOnEditCommit(e -> viewModel.edit(e.getTablePosition().getRow(), Column.ACTION, e.getNewValue()));
        TableColumn<AclRow, String> protocol = RuleTableParts.column(messages, "inspector.col.protocol", AclRow::protocol);
        protocol.setCellFactory(ComboBoxTableCell.forTableColumn("tcp", "udp", "icmp", "icmpv6", "all"));
        protocol.setOnEditCommit(e -> viewModel.edit(e.getTablePosition().getRow(), Column.PROTOCOL, e.getNewValue()));
        TableColumn<AclRow, String> ports = RuleTableParts.column(messages, "inspector.col.ports", AclRow::ports);
        ports.setCellFactory(TextFieldTableCell.forTableColumn());
        ports.setOnEditCommit(e -> viewModel.edit(e.getTablePosition().getRow(), Column.PORTS, e.getNewValue()));
        TableColumn<AclRow, String> cidr = RuleTableParts.column(messages, "inspector.col.cidr", AclRow::cidr);
        cidr.setCellFactory(TextFieldTableCell.forTableColumn());
        cidr.setOnEditCommit(e -> viewModel.edit(e.getTablePosition().getRow(), Column.CIDR, e.getNewValue()));
        table.getColumns().setAll(List.of(number, action, protocol, ports, cidr));
        table.setItems(viewModel.getRows());
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(AclRow row, boolean empty) {
                super.updateItem(row, empty);
                // The * row is AWS's implicit deny: shown, never editable.
                boolean fixed = !empty && row != null && row.isFinalDeny();
                setEditable(!fixed);
                getStyleClass().remove("final-deny");
                if (fixed) {
                    getStyleClass().add("final-deny");
                }
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("deny"),
                        !empty && row != null && "deny".equals(row.action()));
            }
        });

        RuleTableParts.addRowActions(root, table, messages, viewModel, viewModel.errorProperty());
    }
}
