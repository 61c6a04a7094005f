package io.hopscope.edit;

import io.hopscope.text.Text;
import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.Layout;
import io.hopscope.diagram.Shape;
import java.util.List;

/**
 * Moves shapes by one offset. {@code from} holds every box that moves — the selected shapes and
 * the children drawn inside them — as they were when the gesture started, so a shape that had only
 * a fallback position gets pinned where the user put it.
 */
public record MoveShapesEdit(String description, List<Shape> from, double dx, double dy, Text keyed) implements Edit {

    public MoveShapesEdit(String description, List<Shape> from, double dx, double dy) {
        this(description, from, dx, dy, null);
    }

    public MoveShapesEdit {
        from = List.copyOf(from);
        if (from.isEmpty()) {
            throw new IllegalArgumentException("nothing to move");
        }
    }

    /** "Move 3 shapes" counts what the user picked, not the children that follow. */
    public static MoveShapesEdit of(int pickedCount, List<Shape> from, double dx, double dy) {
        Text text = Text.of(pickedCount == 1 ? "edit.move.one" : "edit.move.many", pickedCount);
        return new MoveShapesEdit(text.toString(), from, dx, dy, text);
    }

    @Override
    public Text text() {
        return keyed != null ? keyed : Text.literal(description);
    }

    @Override
    public Diagram apply(Diagram diagram) {
        Layout layout = diagram.layout();
        for (Shape s : from) {
            layout = layout.with(s.movedBy(dx, dy));
        }
        return diagram.withLayout(layout);
    }
}
