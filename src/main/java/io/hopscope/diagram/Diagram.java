package io.hopscope.diagram;

import io.hopscope.model.NetworkModel;
import java.util.List;

/**
 * A diagram: a title and description, the network model, its layout, and the trace questions kept
 * with it (most recent first). The AWS model never holds coordinates; the layout never holds AWS facts.
 */
public record Diagram(String title, String description, NetworkModel model, Layout layout, List<SavedTrace> traces) {

    public static final Diagram EMPTY = new Diagram("", "", NetworkModel.EMPTY, Layout.EMPTY);

    /** A diagram with no saved traces. */
    public Diagram(String title, String description, NetworkModel model, Layout layout) {
        this(title, description, model, layout, List.of());
    }

    public Diagram {
        title = title == null ? "" : title;
        description = description == null ? "" : description;
        model = model == null ? NetworkModel.EMPTY : model;
        layout = layout == null ? Layout.EMPTY : layout;
        traces = traces == null ? List.of() : List.copyOf(traces);
    }

    public Diagram withModel(NetworkModel newModel) {
        return new Diagram(title, description, newModel, layout, traces);
    }

    public Diagram withLayout(Layout newLayout) {
        return new Diagram(title, description, model, newLayout, traces);
    }

    public Diagram withTraces(List<SavedTrace> newTraces) {
        return new Diagram(title, description, model, layout, newTraces);
    }
}
