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
 * AWS describe-* output, what the file is and an Import button for the folder it is in.
 */
final class OpenFailureDialogs {

    static final String AWS_DATA_DIALOG = "aws-data-dialog";
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
