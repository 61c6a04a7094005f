package io.hopscope.edit;

import io.hopscope.text.Text;
import io.hopscope.diagram.Diagram;

/**
 * Puts a freshly imported diagram in place of the current one. The app applies it to an emptied,
 * untitled document, so the import is unsaved work (Save asks for a name) and Undo takes it back.
 */
public record ImportDiagramEdit(Diagram imported, String source) implements Edit {

    public ImportDiagramEdit {
        if (imported == null) {
            throw new IllegalArgumentException("an import needs the imported diagram");
        }
        source = source == null ? "" : source;
    }

    @Override
    public String description() {
        return text().toString();
    }

    @Override
    public Text text() {
        return source.isEmpty() ? Text.of("edit.import") : Text.of("edit.import.from", source);
    }

    @Override
    public Diagram apply(Diagram diagram) {
        return imported;
    }
}
