package io.hopscope.diagram;

import io.hopscope.model.NetworkModel;

/**
 * A diagram: a title and description, the network model, and its layout. The AWS model never
 * holds coordinates; the layout never holds AWS facts.
 */
public record Diagram(String title, String description, NetworkModel model, Layout layout) {

    public static final Diagram EMPTY = new Diagram("", "", NetworkModel.EMPTY, Layout.EMPTY);

    public Diagram {
        title = title == null ? "" : title;
        description = description == null ? "" : description;
        model = model == null ? NetworkModel.EMPTY : model;
        layout = layout == null ? Layout.EMPTY : layout;
    }

    public Diagram withModel(NetworkModel newModel) {
        return new Diagram(title, description, newModel, layout);
    }

    public Diagram withLayout(Layout newLayout) {
        return new Diagram(title, description, model, newLayout);
    }
}
