package io.hopscope.ui.inspector;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.ComboBox;

/**
 * Filters an editable pick list as the user types: a security group's peer can be typed (a CIDR)
 * or picked among every group and prefix list, and a route's target among every gateway and
 * interface, which in an imported account is hundreds of entries. Entries are matched on the
 * text the combo shows for them. Each typed word must appear in the entry ("web sg" finds "sg-0ab (web-sg)"); a CIDR being
 * typed that matches nothing leaves the list empty and the text is taken as typed.
 */
final class PeerFilter {

    private PeerFilter() {
    }

    /** Once per combo (a table cell reuses its combo); {@code choices} gives the entries of the moment. */
    static <T> void install(ComboBox<T> box, java.util.function.Supplier<List<T>> choices) {
        if (box.getProperties().putIfAbsent(PeerFilter.class, Boolean.TRUE) != null) {
            return;
        }
        boolean[] restoring = {false};
        box.getEditor().textProperty().addListener((obs, old, typed) -> {
            // Only what the user types filters: the cell's current value shown at edit start is no filter.
            if (restoring[0] || typed == null || !(box.isFocused() || box.getEditor().isFocused())
                    || typed.equals(text(box, box.getValue()))) {
                return;
            }
            List<T> all = choices.get();
            // The text of a picked entry is not a filter: the whole list stays on offer.
            if (all.stream().anyMatch(c -> typed.equals(text(box, c)))) {
                return;
            }
            List<T> matching = matching(all, typed);
            // New items make the combo put its value's text back into the editor: keep what was typed.
            int caret = box.getEditor().getCaretPosition();
            restoring[0] = true;
            try {
                box.getItems().setAll(matching);
                if (matching.isEmpty()) {
                    box.hide();
                } else {
                    box.show();
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

    private static <T> String text(ComboBox<T> box, T entry) {
        return box.getConverter() == null ? String.valueOf(entry) : box.getConverter().toString(entry);
    }

    /** The entries whose text ({@code toString}) holds every typed word, ignoring case. */
    static <T> List<T> matching(List<T> all, String typed) {
        String[] words = typed.toLowerCase(Locale.ROOT).trim().split("\\s+");
        return all.stream().filter(c -> {
            String entry = String.valueOf(c).toLowerCase(Locale.ROOT);
            for (String w : words) {
                if (!entry.contains(w)) {
                    return false;
                }
            }
            return true;
        }).toList();
    }
}
