package io.hopscope.ui.canvas;

import io.hopscope.diagram.render.CanvasItem;
import io.hopscope.diagram.render.ItemKind;
import io.hopscope.diagram.render.Rect;

import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.Shape;
import io.hopscope.edit.CompositeEdit;
import io.hopscope.edit.Edit;
import io.hopscope.edit.MoveShapesEdit;
import io.hopscope.edit.RehomeWorkloadEdit;
import io.hopscope.edit.create.DropTarget;
import io.hopscope.model.Workload;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Moving the selection as one edit: what moves along (everything drawn inside a moved box), the
 * grid snap, and where a moved workload or subnet may land (a workload re-homed into the subnet
 * under it, a subnet kept in its VPC).
 */
final class SelectionMoves {

    private final CanvasEditorViewModel editor;

    SelectionMoves(CanvasEditorViewModel editor) {
        this.editor = editor;
    }

    /** The selected items that have a box, with everything drawn inside them: what a drag moves. */
    List<String> movingIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (String id : editor.document().getSelection()) {
            if (editor.picture().item(id).isPresent()) {
                ids.add(id);
            }
        }
        boolean grew = true;
        while (grew) {
            grew = false;
            for (CanvasItem item : editor.picture().items()) {
                if (item.parentId() != null && ids.contains(item.parentId()) && ids.add(item.resourceId())) {
                    grew = true;
                }
            }
        }
        return new ArrayList<>(ids);
    }

    /** The offset a drag of {@code (dx, dy)} really moves by: the first moved box lands on the grid. */
    double[] snappedOffset(double dx, double dy) {
        List<String> ids = movingIds();
        if (ids.isEmpty()) {
            return new double[] {dx, dy};
        }
        Rect anchor = editor.picture().item(ids.get(0)).orElseThrow().bounds();
        return new double[] {CanvasEditorViewModel.snap(anchor.x() + dx) - anchor.x(), CanvasEditorViewModel.snap(anchor.y() + dy) - anchor.y()};
    }

    /**
     * Commits a move of the selection by an offset as one edit. A workload whose centre lands in
     * another subnet is re-homed there; one that would leave every subnet, or a subnet that would
     * leave its VPC, refuses the whole move (nothing changes and the reason is shown).
     */
    boolean moveSelection(double dx, double dy) {
        List<String> ids = movingIds();
        if (ids.isEmpty() || (dx == 0 && dy == 0)) {
            return false;
        }
        List<Shape> from = new ArrayList<>();
        for (String id : ids) {
            Rect b = editor.picture().item(id).orElseThrow().bounds();
            from.add(new Shape(id, b.x(), b.y(), b.width(), b.height()));
        }
        long picked = editor.document().getSelection().stream().filter(id -> editor.picture().item(id).isPresent()).count();
        List<Edit> parts = new ArrayList<>();
        parts.add(MoveShapesEdit.of((int) picked, from, dx, dy));
        for (String id : editor.document().getSelection()) {
            Optional<CanvasItem> item = editor.picture().item(id);
            if (item.isEmpty() || movedWithParent(id, ids)) {
                continue;
            }
            Rect b = item.get().bounds();
            DropTarget landing = editor.targetAt(b.centerX() + dx, b.centerY() + dy, Set.copyOf(ids));
            Optional<String> refusal = landingRefusal(item.get(), landing, parts);
            if (refusal.isPresent()) {
                editor.say(refusal.get());
                return false;
            }
        }
        Edit edit = parts.size() == 1 ? parts.get(0) : CompositeEdit.described(parts.get(0).text(), parts);
        return editor.perform(edit);
    }

    /** A child carried along by its moving container keeps its place inside it: nothing to re-home. */
    private boolean movedWithParent(String id, List<String> moving) {
        String parent = editor.picture().item(id).map(CanvasItem::parentId).orElse(null);
        return parent != null && moving.contains(parent);
    }

    private Optional<String> landingRefusal(CanvasItem item, DropTarget landing, List<Edit> parts) {
        Diagram d = editor.document().getDiagram();
        Workload workload = d.model().workload(item.resourceId());
        if (workload != null) {
            if (landing.subnetId() == null) {
                return Optional.of("A workload must stay inside a subnet.");
            }
            if (!landing.subnetId().equals(item.parentId())) {
                parts.add(new RehomeWorkloadEdit(workload.id(), landing.subnetId()));
            }
        }
        if (item.kind() == ItemKind.SUBNET && item.parentId() != null && !item.parentId().equals(landing.vpcId())) {
            return Optional.of("A subnet stays inside its VPC: its CIDR belongs to that VPC's block.");
        }
        return Optional.empty();
    }
}
