package io.hopscope.ui.inspector;

import io.hopscope.ui.inspector.transit.TransitGatewayViewModel;
import io.hopscope.ui.inspector.transit.TransitRows;
import io.hopscope.ui.inspector.transit.TransitRows.Membership;
import io.hopscope.ui.inspector.transit.TransitRows.Pick;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * The inspector tab of a transit gateway (also shown for one of its route tables or attachments):
 * a thin view over {@link TransitGatewayViewModel}; each button or check box is one undoable edit.
 */
public final class TransitGatewayView implements SubEditorView {

    private final TransitGatewayViewModel viewModel;
    private final ResourceBundle messages;
    private final VBox root;
    private final List<ComboBox<Pick>> zoneChoices = new ArrayList<>();

    @FXML private TableView<TransitRows.Attachment> attachmentsTable;
    @FXML private TableColumn<TransitRows.Attachment, String> attachmentColumn;
    @FXML private TableColumn<TransitRows.Attachment, String> joinsColumn;
    @FXML private TableColumn<TransitRows.Attachment, String> subnetsColumn;
    @FXML private TableColumn<TransitRows.Attachment, String> tableColumn;
    @FXML private TableColumn<TransitRows.Attachment, TransitRows.Attachment> referencingColumn;
    @FXML private CheckBox gatewayReferencing;
    @FXML private ComboBox<Pick> vpcChoice;
    @FXML private VBox zonesBox;
    @FXML private ComboBox<Pick> tableChoice;
    @FXML private TextField newTableName;
    @FXML private TableView<Membership> membersTable;
    @FXML private TableColumn<Membership, String> memberColumn;
    @FXML private TableColumn<Membership, Membership> associatedColumn;
    @FXML private TableColumn<Membership, Membership> propagatesColumn;
    @FXML private TableView<TransitRows.StaticRoute> routesTable;
    @FXML private TableColumn<TransitRows.StaticRoute, String> destinationColumn;
    @FXML private TableColumn<TransitRows.StaticRoute, String> targetColumn;
    @FXML private TextField destinationField;
    @FXML private ComboBox<Pick> targetChoice;
    @FXML private Label errorLabel;

    public TransitGatewayView(TransitGatewayViewModel viewModel, ResourceBundle messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        FXMLLoader fxml = new FXMLLoader(TransitGatewayView.class.getResource("/io/hopscope/ui/inspector/TransitGateway.fxml"),
                messages);
        fxml.setController(this);
        try {
            root = fxml.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load TransitGateway.fxml", e);
        }
        text(attachmentColumn, TransitRows.Attachment::label);
        text(joinsColumn, TransitRows.Attachment::joins);
        text(subnetsColumn, TransitRows.Attachment::subnets);
        text(tableColumn, TransitRows.Attachment::table);
        referencing(referencingColumn, viewModel);
        attachmentsTable.setItems(viewModel.getAttachments());
        gatewayReferencing.setSelected(viewModel.gatewayReferencingProperty().get());
        viewModel.gatewayReferencingProperty().addListener((obs, old, now) -> gatewayReferencing.setSelected(now));
        text(memberColumn, Membership::label);
        check(associatedColumn, Membership::associated, (m, on) -> viewModel.setAssociated(m.attachmentId(), on));
        check(propagatesColumn, Membership::propagates, (m, on) -> viewModel.setPropagates(m.attachmentId(), on));
        membersTable.setItems(viewModel.getMemberships());
        text(destinationColumn, TransitRows.StaticRoute::destination);
        text(targetColumn, TransitRows.StaticRoute::target);
        routesTable.setItems(viewModel.getStaticRoutes());
        tableChoice.setItems(viewModel.getTables());
        tableChoice.valueProperty().bindBidirectional(viewModel.selectedTableProperty());
        errorLabel.textProperty().bind(viewModel.errorProperty());
        errorLabel.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        errorLabel.managedProperty().bind(errorLabel.visibleProperty());
        vpcChoice.valueProperty().addListener((obs, old, now) -> showZones(now));
        viewModel.getAttachments().addListener((ListChangeListener<TransitRows.Attachment>) c -> refreshChoices());
        refreshChoices();
    }

    /** The tab for a gateway, one of its route tables (shown chosen) or one of its attachments (its table chosen). */
    static SubEditorView of(InspectorEditors.Context c, io.hopscope.model.TransitResource r) {
        String table = r instanceof io.hopscope.model.TransitGatewayRouteTable t ? t.id()
                : r instanceof io.hopscope.model.TransitGatewayAttachment a ? a.routeTableId() : null;
        return new TransitGatewayView(new TransitGatewayViewModel(c.document(), c.messages(), r.transitGatewayId(), table),
                c.messages());
    }

    @Override
    public Node getRoot() {
        return root;
    }

    @Override
    public void dispose() {
        tableChoice.valueProperty().unbindBidirectional(viewModel.selectedTableProperty());
        viewModel.dispose();
    }

    private void refreshChoices() {
        vpcChoice.getItems().setAll(viewModel.attachableVpcs());
        targetChoice.getItems().setAll(viewModel.routeTargets());
    }

    /** One pick list per Availability Zone of the chosen VPC, its first subnet chosen [TGWVPC]. */
    private void showZones(Pick vpc) {
        zonesBox.getChildren().clear();
        zoneChoices.clear();
        if (vpc == null) {
            return;
        }
        for (TransitRows.Zone z : viewModel.zonesOf(vpc.id())) {
            ComboBox<Pick> subnets = new ComboBox<>();
            subnets.getItems().add(new Pick(null, messages.getString("transit.attach.none")));
            subnets.getItems().addAll(z.subnets());
            subnets.getSelectionModel().select(1);
            subnets.setId("transit-zone-" + z.zone());
            Label label = new Label(MessageFormat.format(messages.getString("transit.attach.zone"), z.zone()));
            label.setLabelFor(subnets);
            zoneChoices.add(subnets);
            zonesBox.getChildren().add(new VBox(2, label, subnets));
        }
    }

    @FXML
    private void attach() {
        List<Pick> picked = zoneChoices.stream().map(ComboBox::getValue).map(p -> p == null || p.id() == null ? null : p).toList();
        if (viewModel.attach(vpcChoice.getValue(), new ArrayList<>(picked))) {
            vpcChoice.setValue(null);
        }
    }

    /** Deletes the selected attachment (detaches its VPC, VPN, Direct Connect gateway or peering). */
    @FXML
    private void detach() {
        TransitRows.Attachment a = attachmentsTable.getSelectionModel().getSelectedItem();
        viewModel.detach(a == null ? null : a.id());
    }

    @FXML
    private void setGatewayReferencing() {
        if (!viewModel.setGroupReferencing(null, gatewayReferencing.isSelected())) {
            gatewayReferencing.setSelected(viewModel.gatewayReferencingProperty().get());
        }
    }

    @FXML
    private void addTable() {
        if (viewModel.addTable(newTableName.getText())) {
            newTableName.clear();
            tableChoice.getSelectionModel().selectLast();
        }
    }

    @FXML
    private void addRoute() {
        if (viewModel.addStaticRoute(destinationField.getText(), targetChoice.getValue())) {
            destinationField.clear();
        }
    }

    @FXML
    private void removeRoute() {
        viewModel.removeStaticRoute(routesTable.getSelectionModel().getSelectedIndex());
    }

    private static <R> void text(TableColumn<R, String> column, Function<R, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    /** A VPC attachment's security group referencing option, one edit per click; other attachments have none. */
    private static void referencing(TableColumn<TransitRows.Attachment, TransitRows.Attachment> column,
                                    TransitGatewayViewModel viewModel) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            private final CheckBox box = new CheckBox();

            {
                box.setOnAction(e -> viewModel.setGroupReferencing(getItem().id(), box.isSelected()));
            }

            @Override
            protected void updateItem(TransitRows.Attachment a, boolean empty) {
                super.updateItem(a, empty);
                if (empty || a == null || !a.vpc()) {
                    setGraphic(null);
                } else {
                    box.setSelected(a.groupReferencing());
                    box.setId("transit-referencing-" + a.id());
                    setGraphic(box);
                }
            }
        });
    }

    /** A check box per row that performs one edit when clicked; the model's answer redraws it. */
    private static void check(TableColumn<Membership, Membership> column, Predicate<Membership> on,
                              BiConsumer<Membership, Boolean> change) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            private final CheckBox box = new CheckBox();

            {
                box.setOnAction(e -> change.accept(getItem(), box.isSelected()));
            }

            @Override
            protected void updateItem(Membership m, boolean empty) {
                super.updateItem(m, empty);
                if (empty || m == null) {
                    setGraphic(null);
                } else {
                    box.setSelected(on.test(m));
                    box.setId(column.getId() + "-" + m.attachmentId());
                    setGraphic(box);
                }
            }
        });
    }
}
