package io.hopscope.edit;

import io.hopscope.text.Text;
import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.autolayout.AutoLayout;
import io.hopscope.model.NetworkModel;

/**
 * Replaces the network with a newer AWS snapshot in one undoable step. The layout is merged, not
 * redone: shapes a person placed keep their positions while their resources still exist, and only
 * new resources are fitted in. Title, description and notes stay.
 */
public record ReimportEdit(NetworkModel snapshot, String source) implements Edit {

    public ReimportEdit {
        if (snapshot == null) {
            throw new IllegalArgumentException("a re-import needs the imported network");
        }
        source = source == null ? "" : source;
    }

    @Override
    public String description() {
        return text().toString();
    }

    @Override
    public Text text() {
        return source.isEmpty() ? Text.of("edit.reimport") : Text.of("edit.reimport.from", source);
    }

    @Override
    public Diagram apply(Diagram diagram) {
        // Merged against the diagram as it is now, so moves made while the import ran are kept.
        return diagram.withModel(snapshot).withLayout(AutoLayout.merge(snapshot, diagram.layout()));
    }
}
