package io.hopscope.ui.inspector;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.ComboBox;

/**
 * Filters an editable pick list as the user types: a security group's peer can be typed (a CIDR)
 * or picked among every group and prefix list, which in an imported account is hundreds of
 * entries. Each typed word must appear in the entry ("web sg" finds "sg-0ab (web-sg)"); a CIDR being
 * typed that matches nothing leaves the list empty and the text is taken as typed.
 */
final class PeerFilter {

    private PeerFilter() {
    }

    /** Once per combo (a table cell reuses its combo); {@code choices} gives the entries of the moment. */
    static void install(ComboBox<String> box, java.util.function.Supplier<List<String>> choices) {
        if (box.getProperties().putIfAbsent(PeerFilter.class, Boolean.TRUE) != null) {
            return;
        }
        boolean[] restoring = {false};
        box.getEditor().textProperty().addListener((obs, old, typed) -> {
            List<String> all = choices.get();
            if (restoring[0] || typed == null || all.contains(typed)) {
                return;
            }
            List<String> matching = matching(all, typed);
            // New items make the combo put its value's text back into the editor: keep what was typed.
            int caret = box.getEditor().getCaretPosition();
            restoring[0] = true;
            try {
                box.getItems().setAll(matching);
                if (box.isFocused() || box.getEditor().isFocused()) {
                    if (matching.isEmpty()) {
                        box.hide();
                    } else {
                        box.show();
                    }
                }
                if (!typed.equals(box.getEditor().getText())) {
                    box.getEditor().setText(typed);
                }
                box.getEditor().positionCaret(Math.min(caret, typed.length()));
            } finally {
                restoring[0] = false;
            }
        });
    }

    static List<String> matching(List<String> all, String typed) {
        String[] words = typed.toLowerCase(Locale.ROOT).trim().split("\\s+");
        return all.stream().filter(c -> {
            String entry = c.toLowerCase(Locale.ROOT);
            for (String w : words) {
                if (!entry.contains(w)) {
                    return false;
                }
            }
            return true;
        }).toList();
    }
}
