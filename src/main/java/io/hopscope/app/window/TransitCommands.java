package io.hopscope.app.window;

import io.hopscope.edit.transit.DetachAttachmentEdit;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Vpc;
import io.hopscope.ui.canvas.CanvasEditorViewModel;
import io.hopscope.ui.canvas.DiagramCanvasView;
import io.hopscope.ui.inspector.transit.TransitAttachChoices;
import io.hopscope.ui.inspector.transit.TransitRows.Pick;
import io.hopscope.ui.inspector.transit.TransitRows.Zone;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;
import javafx.scene.Parent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.VBox;

/**
 * The canvas context menu of a VPC: "Attach to transit gateway…" (a dialog: the gateway, then one
 * subnet per Availability Zone, each zone's first subnet chosen [TGWVPC]) and "Detach from <gateway>"
 * for each gateway it is attached to. Each is one undoable edit; a refusal shows in the status bar.
 */
final class TransitCommands {

    /** Style class of the attach dialog, for tests and the theme. */
    static final String ATTACH_DIALOG = "transit-attach-dialog";

    private final MainWindowViewModel viewModel;
    private final ResourceBundle messages;
    private final Parent root;

    TransitCommands(MainWindowViewModel viewModel, ResourceBundle messages, Parent root, DiagramCanvasView canvasView) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.root = root;
        canvasView.contextMenu().contribute(this::items);
    }

    private CanvasEditorViewModel editor() {
        return viewModel.editor();
    }

    private List<MenuItem> items(String id) {
        NetworkModel m = viewModel.document().getDiagram().model();
        Vpc vpc = id == null ? null : m.vpc(id);
        List<MenuItem> items = new ArrayList<>();
        if (vpc == null) {
            return items;
        }
        if (!TransitAttachChoices.gatewaysToAttach(m, vpc.id()).isEmpty()) {
            MenuItem attach = new MenuItem(messages.getString("transit.menu.attach"));
            attach.getStyleClass().add("transit-attach");
            attach.setOnAction(e -> askToAttach(vpc));
            items.add(attach);
        }
        for (Pick a : TransitAttachChoices.attachmentsOf(m, vpc.id())) {
            MenuItem detach = new MenuItem(MessageFormat.format(messages.getString("transit.menu.detach"), a.label()));
            detach.getStyleClass().add("transit-detach");
            detach.setOnAction(e -> editor().perform(new DetachAttachmentEdit(a.id())));
            items.add(detach);
        }
        return items;
    }

    private void askToAttach(Vpc vpc) {
        NetworkModel m = viewModel.document().getDiagram().model();
        ComboBox<Pick> gateway = new ComboBox<>();
        gateway.getItems().setAll(TransitAttachChoices.gatewaysToAttach(m, vpc.id()));
        gateway.getSelectionModel().selectFirst();
        gateway.setId("transit-dialog-gateway");
        Label gatewayLabel = new Label(messages.getString("transit.dialog.gateway"));
        gatewayLabel.setLabelFor(gateway);
        VBox content = new VBox(6, gatewayLabel, gateway);
        List<ComboBox<Pick>> zones = new ArrayList<>();
        for (Zone z : TransitAttachChoices.zonesOf(m, vpc.id())) {
            ComboBox<Pick> subnets = new ComboBox<>();
            subnets.getItems().add(new Pick(null, messages.getString("transit.attach.none")));
            subnets.getItems().addAll(z.subnets());
            subnets.getSelectionModel().select(1);
            Label label = new Label(MessageFormat.format(messages.getString("transit.attach.zone"), z.zone()));
            label.setLabelFor(subnets);
            zones.add(subnets);
            content.getChildren().addAll(label, subnets);
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(messages.getString("transit.dialog.title"));
        dialog.setHeaderText(MessageFormat.format(messages.getString("transit.dialog.header"), vpc.label()));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().getStyleClass().add(ATTACH_DIALOG);
        Dialogs.wrapAt(dialog, 420);
        Dialogs.show(root, dialog, answer -> {
            Pick g = gateway.getValue();
            if (answer == ButtonType.OK && g != null) {
                List<String> ids = zones.stream().map(ComboBox::getValue).filter(Objects::nonNull).map(Pick::id)
                        .filter(Objects::nonNull).toList();
                NetworkModel now = viewModel.document().getDiagram().model();
                editor().perform(TransitAttachChoices.attach(now, g.id(), vpc.id(), ids, null));
            }
        });
    }
}
