package io.hopscope.app.prefs;

import java.util.ResourceBundle;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;

/**
 * Preferences: language (English, Korean, or the system's) and the dark theme. The theme applies at
 * once; the language on the next start, which the dialog says, because every window's strings are
 * loaded once from the bundle.
 */
public final class PreferencesDialog extends Dialog<ButtonType> {

    private final ComboBox<String> language = new ComboBox<>();
    private final CheckBox dark = new CheckBox();

    public PreferencesDialog(UiPreferences preferences, ResourceBundle messages, boolean darkNow,
                             java.util.function.Consumer<Boolean> applyTheme) {
        setTitle(messages.getString("prefs.title"));
        getDialogPane().getStyleClass().add("preferences-dialog");
        language.setId("prefs-language");
        language.getItems().setAll(UiPreferences.LANGUAGES);
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(String l) {
                return l == null ? "" : messages.getString(l.isEmpty() ? "prefs.language.system" : "prefs.language." + l);
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        });
        language.setValue(preferences.language());
        dark.setId("prefs-dark");
        dark.setText(messages.getString("prefs.theme.dark"));
        dark.setSelected(darkNow);
        Label note = new Label(messages.getString("prefs.restartNote"));
        note.getStyleClass().add("prefs-note");
        note.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(messages.getString("prefs.language")), language);
        grid.add(note, 1, 1);
        grid.add(dark, 1, 2);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        setOnHidden(e -> {
            if (getResult() == ButtonType.OK) {
                preferences.setLanguage(language.getValue() == null ? "" : language.getValue());
                applyTheme.accept(dark.isSelected());
            }
        });
    }
}
