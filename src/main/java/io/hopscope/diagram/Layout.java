package io.hopscope.diagram;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Positions of the shapes, keyed by resource id (sorted, so files diff cleanly), and free notes. */
public record Layout(Map<String, Shape> shapes, List<Note> notes) {

    public static final Layout EMPTY = new Layout(Map.of(), List.of());

    public Layout {
        shapes = java.util.Collections.unmodifiableMap(new TreeMap<>(shapes));
        notes = List.copyOf(notes);
    }

    public Shape shape(String resourceId) {
        return shapes.get(resourceId);
    }

    public Layout with(Shape shape) {
        TreeMap<String, Shape> copy = new TreeMap<>(shapes);
        copy.put(shape.resourceId(), shape);
        return new Layout(copy, notes);
    }

    public Layout without(String resourceId) {
        TreeMap<String, Shape> copy = new TreeMap<>(shapes);
        copy.remove(resourceId);
        return new Layout(copy, notes);
    }

    public Layout withNotes(List<Note> newNotes) {
        return new Layout(shapes, newNotes);
    }
}
