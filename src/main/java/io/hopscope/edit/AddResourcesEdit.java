package io.hopscope.edit;

import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.Layout;
import io.hopscope.diagram.Shape;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Resource;
import java.util.List;

/**
 * Adds new resources (or replaces ones with the same id, as attaching and pasting do) and their
 * shapes. What to add is worked out before, by the palette or the clipboard; this only applies it.
 */
public record AddResourcesEdit(String description, List<Resource> resources, List<Shape> shapes) implements Edit {

    public AddResourcesEdit {
        resources = List.copyOf(resources);
        shapes = List.copyOf(shapes);
    }

    @Override
    public Diagram apply(Diagram diagram) {
        NetworkModel.Builder b = diagram.model().toBuilder();
        resources.forEach(b::put);
        Layout layout = diagram.layout();
        for (Shape s : shapes) {
            layout = layout.with(s);
        }
        return new Diagram(diagram.title(), diagram.description(), b.build(), layout);
    }
}
