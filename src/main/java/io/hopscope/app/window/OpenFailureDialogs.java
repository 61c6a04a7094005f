package io.hopscope.app.window;

import io.hopscope.app.files.OpenFailure;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;

/**
 * The one dialog a file that would not open shows: the reader's reasons with the path, or, for
 * AWS describe-* output or Terraform JSON, what the file is and an Import button (for the folder
 * the describe file is in, or the Terraform file itself).
 */
final class OpenFailureDialogs {

    static final String AWS_DATA_DIALOG = "aws-data-dialog";
    static final String TERRAFORM_DATA_DIALOG = "terraform-data-dialog";
    /** As many reasons as fit a 720-pixel-high screen with their wrapped lines. */
    static final int SHOWN_REASONS = 10;

    private final ResourceBundle messages;
    private final Parent root;

    OpenFailureDialogs(ResourceBundle messages, Parent root) {
        this.messages = messages;
        this.root = root;
    }

    void showFailure(OpenFailure failure) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle(messages.getString("open.failed.title"));
        alert.setHeaderText(MessageFormat.format(messages.getString("open.failed.header"), failure.file()));
        List<String> reasons = failure.reasons();
        // A file with hundreds of field problems made a dialog taller than the screen, its buttons out of
        // reach: the first reasons are shown, all of them in the details below.
        if (reasons.size() <= SHOWN_REASONS) {
            alert.setContentText(String.join("\n", reasons));
        } else {
            alert.setContentText(String.join("\n", reasons.subList(0, SHOWN_REASONS)) + "\n"
                    + MessageFormat.format(messages.getString("open.failed.more"), reasons.size() - SHOWN_REASONS));
            TextArea all = new TextArea(String.join("\n", reasons));
            all.setEditable(false);
            all.setWrapText(true);
            all.setPrefRowCount(14);
            alert.getDialogPane().setExpandableContent(all);
        }
        alert.getDialogPane().getStyleClass().add(MainWindowView.OPEN_FAILURE_DIALOG);
        Dialogs.wrapAt(alert, 720);
        Dialogs.show(root, alert, answer -> { });
    }

    /** {@code importFolder} is null when the window has no import command: then only the explanation. */
    void showAwsData(Path file, Consumer<Path> importFolder) {
        offerImport("files.aws", AWS_DATA_DIALOG, file, file.getParent(), importFolder);
    }

    /** A plan or state of {@code terraform show -json}: what it is, and an Import button for the file itself. */
    void showTerraformData(Path file, Consumer<Path> importFile) {
        offerImport("files.terraform", TERRAFORM_DATA_DIALOG, file, file, importFile);
    }

    /** Says what {@code file} holds (the bundle's {@code prefix}.title/.header/.content/.import) and offers to import {@code target}. */
    private void offerImport(String prefix, String styleClass, Path file, Path target, Consumer<Path> importer) {
        ButtonType importButton = new ButtonType(messages.getString(prefix + ".import"), ButtonBar.ButtonData.YES);
        Alert alert = importer == null || target == null
                ? new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE)
                : new Alert(Alert.AlertType.INFORMATION, "", importButton, ButtonType.CANCEL);
        alert.setTitle(messages.getString(prefix + ".title"));
        alert.setHeaderText(MessageFormat.format(messages.getString(prefix + ".header"), file.getFileName()));
        alert.setContentText(MessageFormat.format(messages.getString(prefix + ".content"), target));
        alert.getDialogPane().getStyleClass().addAll(styleClass, MainWindowView.OPEN_FAILURE_DIALOG);
        Dialogs.wrapAt(alert, 640);
        Dialogs.show(root, alert, answer -> {
            if (answer == importButton) {
                importer.accept(target);
            }
        });
    }
}
