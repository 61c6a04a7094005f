package io.hopscope.ui.canvas;

import io.hopscope.diagram.render.CanvasItem;
import io.hopscope.diagram.render.DiagramPicture;
import io.hopscope.diagram.render.Rect;
import io.hopscope.diagram.Shape;
import io.hopscope.edit.DeleteResourcesEdit;
import io.hopscope.edit.paste.PastePlan;
import io.hopscope.edit.paste.PastePlanner;
import io.hopscope.model.NetworkModel;
import io.hopscope.ui.common.DiagramDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The editor's own clipboard: a snapshot of the copied resources (a cut removes them from the
 * document) and where they were drawn. Each paste lands one grid step further along, so repeated
 * pastes do not pile up.
 */
public final class ClipboardModel {

    private final DiagramDocument document;
    private NetworkModel snapshot;
    private Set<String> ids = Set.of();
    private Map<String, Shape> boxes = Map.of();
    private int pastes;

    ClipboardModel(DiagramDocument document) {
        this.document = document;
    }

    public boolean isEmpty() {
        return ids.isEmpty();
    }

    /** Copies the selection; returns how many resources were copied. */
    public int copy(DiagramPicture picture) {
        snapshot = document.getDiagram().model();
        Set<String> copied = new LinkedHashSet<>();
        Map<String, Shape> drawn = new HashMap<>();
        for (String id : document.getSelection()) {
            if (snapshot.find(id).isPresent()) {
                copied.add(id);
            }
        }
        for (CanvasItem item : picture.items()) {
            Rect b = item.bounds();
            drawn.put(item.resourceId(), new Shape(item.resourceId(), b.x(), b.y(), b.width(), b.height()));
        }
        ids = copied;
        boxes = drawn;
        pastes = 0;
        return copied.size();
    }

    /** Copies, then deletes what was copied (one undo step: the delete). */
    public boolean cut(CanvasEditorViewModel editor) {
        if (copy(editor.picture()) == 0) {
            return false;
        }
        // A cut-and-paste lands where the original was.
        pastes = -1;
        return editor.perform(new DeleteResourcesEdit(ids));
    }

    /**
     * Pastes copies with fresh ids, selects them and says what was pasted (and what a VPC copy had
     * to leave out); false (and a reason) when nothing could be pasted.
     */
    public boolean paste(CanvasEditorViewModel editor) {
        if (isEmpty()) {
            return false;
        }
        double offset = (pastes + 1) * 2 * CanvasEditorViewModel.GRID;
        PastePlan paste = PastePlanner.paste(snapshot, document.getDiagram().model(), ids, boxes,
                drawnNow(editor.picture()), offset);
        if (paste.isRefused()) {
            editor.say(paste.plan().refusal(editor.locale()));
            return false;
        }
        if (!editor.perform(paste.plan().edit())) {
            return false;
        }
        pastes++;
        select(paste);
        editor.say(paste.message(editor.locale()));
        return true;
    }

    private static List<Shape> drawnNow(DiagramPicture picture) {
        List<Shape> drawn = new ArrayList<>();
        for (CanvasItem item : picture.items()) {
            Rect b = item.bounds();
            drawn.add(new Shape(item.resourceId(), b.x(), b.y(), b.width(), b.height()));
        }
        return drawn;
    }

    /** Copy and paste in one go, leaving the clipboard as it was. */
    public boolean duplicate(CanvasEditorViewModel editor) {
        NetworkModel keptSnapshot = snapshot;
        Set<String> keptIds = ids;
        Map<String, Shape> keptBoxes = boxes;
        int keptPastes = pastes;
        boolean done = copy(editor.picture()) > 0 && paste(editor);
        snapshot = keptSnapshot;
        ids = keptIds;
        boxes = keptBoxes;
        pastes = keptPastes;
        return done;
    }

    private void select(PastePlan paste) {
        Set<String> selection = document.getSelection();
        selection.clear();
        selection.addAll(paste.selection());
        if (selection.isEmpty()) {
            selection.add(paste.plan().newId());
        }
    }
}
