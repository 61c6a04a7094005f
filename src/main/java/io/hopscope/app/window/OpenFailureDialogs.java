package io.hopscope.app.window;

import io.hopscope.app.files.OpenFailure;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/**
 * The one dialog a file that would not open shows: the reader's reasons with the path, or, for
 * AWS describe-* output, what the file is and an Import button for the folder it is in.
 */
final class OpenFailureDialogs {

    static final String AWS_DATA_DIALOG = "aws-data-dialog";

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
        alert.setContentText(String.join("\n", failure.reasons()));
        alert.getDialogPane().getStyleClass().add(MainWindowView.OPEN_FAILURE_DIALOG);
        alert.getDialogPane().setMinWidth(520);
        Dialogs.show(root, alert, answer -> { });
    }

    /** {@code importFolder} is null when the window has no import command: then only the explanation. */
    void showAwsData(Path file, Consumer<Path> importFolder) {
        Path folder = file.getParent();
        ButtonType importButton = new ButtonType(messages.getString("files.aws.import"), ButtonBar.ButtonData.YES);
        Alert alert = importFolder == null || folder == null
                ? new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE)
                : new Alert(Alert.AlertType.INFORMATION, "", importButton, ButtonType.CANCEL);
        alert.setTitle(messages.getString("files.aws.title"));
        alert.setHeaderText(MessageFormat.format(messages.getString("files.aws.header"), file.getFileName()));
        alert.setContentText(MessageFormat.format(messages.getString("files.aws.content"), folder));
        alert.getDialogPane().getStyleClass().addAll(AWS_DATA_DIALOG, MainWindowView.OPEN_FAILURE_DIALOG);
        Dialogs.wrapAt(alert, 640);
        Dialogs.show(root, alert, answer -> {
            if (answer == importButton) {
                importFolder.accept(folder);
            }
        });
    }
}
