package io.hopscope.edit;

import io.hopscope.text.Text;
import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.Shape;

/** Gives a shape a new box (position and size) after the user dragged its corner handle. */
public record ResizeShapeEdit(Shape to) implements Edit {

    @Override
    public String description() {
        return text().toString();
    }

    @Override
    public Text text() {
        return Text.of("edit.resize", to.resourceId());
    }

    @Override
    public Diagram apply(Diagram diagram) {
        return diagram.withLayout(diagram.layout().with(to));
    }
}
