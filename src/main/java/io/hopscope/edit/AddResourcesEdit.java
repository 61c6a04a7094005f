package io.hopscope.edit;

import io.hopscope.text.Text;
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
public record AddResourcesEdit(String description, List<Resource> resources, List<Shape> shapes, Text keyed)
        implements Edit {

    public AddResourcesEdit(String description, List<Resource> resources, List<Shape> shapes) {
        this(description, resources, shapes, null);
    }

    /** Adds {@code resources} under a description the app shows in its language ({@code text}'s English elsewhere). */
    public static AddResourcesEdit described(Text text, List<Resource> resources, List<Shape> shapes) {
        return new AddResourcesEdit(text.toString(), resources, shapes, text);
    }

    @Override
    public Text text() {
        return keyed != null ? keyed : Text.literal(description);
    }

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
