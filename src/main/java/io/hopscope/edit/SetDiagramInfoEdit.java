package io.hopscope.edit;

import io.hopscope.text.Text;
import io.hopscope.diagram.Diagram;

/**
 * Sets the diagram's own title and description: the words a file carries about the network
 * (what it shows, what to trace), not about any one resource.
 */
public record SetDiagramInfoEdit(String title, String description) implements Edit {

    public SetDiagramInfoEdit {
        title = title == null ? "" : title.strip();
        description = description == null ? "" : description.strip();
    }

    @Override
    public String description() {
        return text().toString();
    }

    @Override
    public Text text() {
        return Text.of("edit.diagramInfo");
    }

    @Override
    public Diagram apply(Diagram diagram) {
        return new Diagram(title, description, diagram.model(), diagram.layout(), diagram.traces());
    }
}
