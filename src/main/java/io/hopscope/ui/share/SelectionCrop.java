package io.hopscope.ui.share;

import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.Layout;
import io.hopscope.diagram.Note;
import io.hopscope.diagram.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The part of a diagram an "export selection" draws: the selected shapes and notes and every
 * shape lying inside a selected one (a selected subnet brings its workloads). The model stays
 * whole so the embedded diagram still traces; only the layout is cut.
 */
final class SelectionCrop {

    private SelectionCrop() {
    }

    static Diagram crop(Diagram diagram, Set<String> selection) {
        Map<String, Shape> all = diagram.layout().shapes();
        List<Shape> selected = selection.stream().map(all::get).filter(s -> s != null).toList();
        Map<String, Shape> kept = new TreeMap<>();
        for (Shape s : all.values()) {
            if (selection.contains(s.resourceId()) || selected.stream().anyMatch(sel -> sel.contains(s))) {
                kept.put(s.resourceId(), s);
            }
        }
        List<Note> notes = new ArrayList<>();
        for (Note n : diagram.layout().notes()) {
            if (selection.contains(n.id())) {
                notes.add(n);
            }
        }
        return diagram.withLayout(new Layout(kept, notes));
    }
}
