package io.hopscope.app.window;

import io.hopscope.ui.canvas.CanvasEditorViewModel;
import io.hopscope.ui.canvas.DiagramCanvasView;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TextInputDialog;
import java.util.function.Consumer;

/**
 * The Edit menu's commands on the canvas editor, the delete confirmation (it lists what goes with
 * the selection), Find, and the context menu of shapes.
 */
final class EditCommands {

    /** Style class of the delete confirmation. */
    static final String DELETE_DIALOG = "delete-dialog";
    static final String FIND_DIALOG = "find-dialog";

    private final MainWindowViewModel viewModel;
    private final ResourceBundle messages;
    private final Parent root;
    private final DiagramCanvasView canvasView;

    EditCommands(MainWindowViewModel viewModel, ResourceBundle messages, Parent root, DiagramCanvasView canvasView) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.root = root;
        this.canvasView = canvasView;
        // The canvas shows one menu; the edit commands are one group of it.
        canvasView.contextMenu().contribute(id -> {
            if (id != null && !editor().document().getSelection().contains(id)) {
                editor().click(id, false);
            }
            return contextMenu(id != null);
        });
        new TransitCommands(viewModel, messages, root, canvasView);
    }

    // The Edit menu's commands: undo, redo and the clipboard serve a focused text field first.
    void undoOrText() {
        textFirst(TextInputControl::undo, () -> viewModel.document().undo());
    }

    void redoOrText() {
        textFirst(TextInputControl::redo, () -> viewModel.document().redo());
    }

    void cutOrText() {
        textFirst(TextInputControl::cut, this::cut);
    }

    void copyOrText() {
        textFirst(TextInputControl::copy, this::copy);
    }

    void pasteOrText() {
        textFirst(TextInputControl::paste, this::paste);
    }

    void selectAllOrText() {
        textFirst(TextInputControl::selectAll, this::selectAll);
    }

    /** Menu shortcuts reach a focused text field (the inspector's) before the canvas. */
    private void textFirst(Consumer<TextInputControl> onText, Runnable onCanvas) {
        if (root.getScene() != null && root.getScene().getFocusOwner() instanceof TextInputControl text) {
            onText.accept(text);
        } else {
            onCanvas.run();
        }
    }

    private CanvasEditorViewModel editor() {
        return viewModel.editor();
    }

    void cut() {
        editor().clipboard().cut(editor());
    }

    void copy() {
        editor().clipboard().copy(editor().picture());
    }

    void paste() {
        editor().clipboard().paste(editor());
    }

    void duplicate() {
        editor().clipboard().duplicate(editor());
    }

    void selectAll() {
        editor().selectAll();
    }

    /** Asks first, listing everything the delete takes along. */
    void delete() {
        List<String> goes = editor().deletionPreview();
        if (goes.isEmpty()) {
            return;
        }
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", ButtonType.OK, ButtonType.CANCEL);
        alert.setTitle(messages.getString("delete.title"));
        alert.setHeaderText(MessageFormat.format(messages.getString("delete.header"), goes.size()));
        alert.setContentText(messages.getString("delete.content") + "\n" + String.join("\n", goes));
        alert.getDialogPane().getStyleClass().add(DELETE_DIALOG);
        Dialogs.show(root, alert, answer -> {
            if (answer == ButtonType.OK) {
                editor().deleteSelection();
            }
        });
    }

    void find() {
        TextInputDialog dialog = new TextInputDialog();
        dialog.setTitle(messages.getString("find.title"));
        dialog.setHeaderText(messages.getString("find.header"));
        dialog.getDialogPane().getStyleClass().add(FIND_DIALOG);
        Dialogs.show(root, dialog, text -> {
            if (text != null) {
                editor().find(text).ifPresent(canvasView::reveal);
            }
        });
    }

    private List<MenuItem> contextMenu(boolean onShape) {
        List<MenuItem> menu = new java.util.ArrayList<>();
        if (onShape) {
            menu.addAll(List.of(item("menu.edit.cut", this::cut), item("menu.edit.copy", this::copy),
                    item("menu.edit.duplicate", this::duplicate), new SeparatorMenuItem(),
                    item("menu.edit.delete", this::delete)));
        }
        MenuItem paste = item("menu.edit.paste", this::paste);
        paste.setDisable(editor().clipboard().isEmpty());
        menu.addAll(List.of(paste, item("menu.edit.selectAll", this::selectAll)));
        return menu;
    }

    private MenuItem item(String key, Runnable action) {
        MenuItem item = new MenuItem(messages.getString(key));
        item.setOnAction(e -> action.run());
        return item;
    }
}
