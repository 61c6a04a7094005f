package io.hopscope.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.diagram.Diagram;
import java.util.List;
import org.junit.jupiter.api.Test;

class EditHistoryTest {

    /** An edit that retitles the diagram: enough to observe undo/redo without a network. */
    private record Retitle(String title) implements Edit {
        @Override
        public String description() {
            return "Rename to " + title;
        }

        @Override
        public Diagram apply(Diagram d) {
            return new Diagram(title, d.description(), d.model(), d.layout());
        }
    }

    @Test
    void undoRestoresTheExactPreviousDiagramAndRedoReapplies() {
        EditHistory h = new EditHistory(Diagram.EMPTY);
        h.perform(new Retitle("a"));
        h.perform(new Retitle("b"));
        assertEquals("b", h.current().title());
        assertEquals("Rename to b", h.undoDescription().orElseThrow());
        assertEquals("a", h.undo().title());
        assertEquals("", h.undo().title());
        assertFalse(h.canUndo());
        assertEquals("a", h.redo().title());
        assertEquals("Rename to b", h.redoDescription().orElseThrow());
    }

    @Test
    void newEditClearsRedo() {
        EditHistory h = new EditHistory(Diagram.EMPTY);
        h.perform(new Retitle("a"));
        h.undo();
        h.perform(new Retitle("c"));
        assertFalse(h.canRedo());
        assertThrows(IllegalStateException.class, h::redo);
    }

    @Test
    void editSaveUndoEditStaysDirty() {
        EditHistory h = new EditHistory(Diagram.EMPTY);
        assertFalse(h.isDirty());
        h.perform(new Retitle("a"));
        assertTrue(h.isDirty());
        h.markSaved();
        assertFalse(h.isDirty());
        h.undo();
        assertTrue(h.isDirty(), "undo past the save point is a change");
        h.perform(new Retitle("b"));
        assertTrue(h.isDirty(), "same number of edits as at save time, but a different one");
        h.undo();
        h.redo();
        assertTrue(h.isDirty());
    }

    @Test
    void undoingBackToTheSavedStepIsClean() {
        EditHistory h = new EditHistory(Diagram.EMPTY);
        h.perform(new Retitle("a"));
        h.markSaved();
        h.perform(new Retitle("b"));
        assertTrue(h.isDirty());
        h.undo();
        assertFalse(h.isDirty());
    }

    @Test
    void compositeIsOneUndoStep() {
        EditHistory h = new EditHistory(Diagram.EMPTY);
        h.perform(new CompositeEdit("Rename twice", List.of(new Retitle("x"), new Retitle("y"))));
        assertEquals("y", h.current().title());
        assertEquals("", h.undo().title());
    }
}
