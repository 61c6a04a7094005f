package io.hopscope.ui.canvas;

import io.hopscope.text.Text;
import io.hopscope.diagram.render.CanvasItem;
import io.hopscope.diagram.render.DiagramPicture;
import io.hopscope.diagram.render.ItemKind;
import io.hopscope.diagram.render.Rect;
import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.Shape;
import io.hopscope.edit.CompositeEdit;
import io.hopscope.edit.create.CreatePlan;
import io.hopscope.edit.DeleteResourcesEdit;
import io.hopscope.edit.create.DropTarget;
import io.hopscope.edit.Edit;
import io.hopscope.edit.MoveShapesEdit;
import io.hopscope.edit.create.NewResourceKind;
import io.hopscope.edit.create.NewResourcePlanner;
import io.hopscope.edit.RehomeWorkloadEdit;
import io.hopscope.edit.ResizeShapeEdit;
import io.hopscope.model.Workload;
import io.hopscope.ui.common.DiagramDocument;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The canvas editor's state and commands, without a screen: selection, moving (children follow
 * their container; a workload dropped in another subnet is re-homed), resizing, deleting, creating
 * from the palette, find. Every change is one {@link Edit} performed on the shared document.
 * Coordinates are canvas units (the layout's), not screen pixels.
 */
public final class CanvasEditorViewModel {

    public static final double GRID = NewResourcePlanner.GRID;
    /** The smallest box a container can be resized to. */
    public static final double MIN_CONTAINER = 120;
    /** The smallest card or tile: two grid cells, room for its icon. */
    public static final double MIN_TILE = 2 * GRID;

    private final DiagramDocument document;
    private final DiagramCanvasViewModel canvas;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ClipboardModel clipboard;
    private final SelectionMoves moves = new SelectionMoves(this);

    public CanvasEditorViewModel(DiagramDocument document, DiagramCanvasViewModel canvas) {
        this.document = document;
        this.canvas = canvas;
        this.clipboard = new ClipboardModel(document);
    }

    public DiagramDocument document() {
        return document;
    }

    public DiagramPicture picture() {
        return canvas.getPicture();
    }

    /** The last thing the editor wants the user to read: a refused drop, what was created. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public String getMessage() {
        return message.get();
    }

    /** The UI's language, for what the editor says. */
    public java.util.Locale locale() {
        return canvas.locale();
    }

    public void say(String text) {
        // Set to empty first so the same refusal twice still notifies listeners.
        message.set("");
        message.set(text);
    }

    // --- selection ---------------------------------------------------------------------------

    /** A plain click selects only {@code id}; with Shift it adds or removes {@code id}. */
    public void click(String id, boolean additive) {
        Set<String> selection = document.getSelection();
        if (!additive) {
            if (!(selection.size() == 1 && selection.contains(id))) {
                selection.clear();
                selection.add(id);
            }
        } else if (!selection.remove(id)) {
            selection.add(id);
        }
    }

    public void clearSelection() {
        document.getSelection().clear();
    }

    /** Rubber band: selects the items wholly inside {@code band}. */
    public void selectWithin(Rect band, boolean additive) {
        if (!additive) {
            document.getSelection().clear();
        }
        for (CanvasItem item : picture().items()) {
            if (band.contains(item.bounds())) {
                document.getSelection().add(item.resourceId());
            }
        }
    }

    public void selectAll() {
        picture().items().forEach(i -> document.getSelection().add(i.resourceId()));
    }

    // --- moving ------------------------------------------------------------------------------

    /** The selected items that have a box, with everything drawn inside them: what a drag moves. */
    public List<String> movingIds() {
        return moves.movingIds();
    }

    /** The offset a drag of {@code (dx, dy)} really moves by: the first moved box lands on the grid. */
    public double[] snappedOffset(double dx, double dy) {
        return moves.snappedOffset(dx, dy);
    }

    /**
     * Commits a move of the selection by an offset as one edit. A workload whose centre lands in
     * another subnet is re-homed there; one that would leave every subnet, or a subnet that would
     * leave its VPC, refuses the whole move (nothing changes and the reason is shown).
     */
    public boolean moveSelection(double dx, double dy) {
        return moves.moveSelection(dx, dy);
    }

    /**
     * Arrow keys: one grid cell, or one unit with Ctrl. A card nudged against its subnet's border
     * (or its route table and ACL badges) stops there: keys cannot re-home it, a drag can.
     */
    public boolean nudge(int stepsX, int stepsY, boolean fine) {
        double step = fine ? 1 : GRID;
        double[] d = Containment.limitMove(picture(), movingIds(), stepsX * step, stepsY * step);
        return moveSelection(d[0], d[1]);
    }

    // --- resizing ----------------------------------------------------------------------------

    /** VPCs and subnets hold other shapes: a Shift+drag inside them draws a rubber band. */
    public boolean isContainer(String id) {
        return picture().item(id).map(i -> i.kind() == ItemKind.VPC || i.kind() == ItemKind.SUBNET).orElse(false);
    }

    /**
     * Every box can be resized from its corner: containers to hold their children, and workload
     * cards, gateway and external tiles too, so a hand-drawn layout can match an imported one.
     */
    public boolean isResizable(String id) {
        return picture().item(id).map(i -> i.kind() != ItemKind.NOTE).orElse(false);
    }

    /** The smallest box {@code id} can be resized to, before its children are taken into account. */
    public double minimumSize(String id) {
        return isContainer(id) ? MIN_CONTAINER : MIN_TILE;
    }

    /** Resizes a box from its bottom-right corner by a drag offset, snapped and kept around its children. */
    public boolean resize(String id, double dWidth, double dHeight) {
        Rect b = picture().item(id).orElseThrow().bounds();
        double minW = minimumSize(id);
        double minH = minimumSize(id);
        for (CanvasItem child : picture().items()) {
            if (id.equals(child.parentId())) {
                minW = Math.max(minW, child.bounds().maxX() - b.x() + GRID);
                minH = Math.max(minH, child.bounds().maxY() - b.y() + GRID);
            }
        }
        double w = Math.max(minW, snap(b.maxX() + dWidth) - b.x());
        double h = Math.max(minH, snap(b.maxY() + dHeight) - b.y());
        if (w == b.width() && h == b.height()) {
            return false;
        }
        return perform(new ResizeShapeEdit(new Shape(id, b.x(), b.y(), w, h)));
    }

    // --- deleting ----------------------------------------------------------------------------

    /** Everything deleting the selection removes, as "name (id)" lines: what the confirmation lists. */
    public List<String> deletionPreview() {
        Diagram d = document.getDiagram();
        List<String> lines = new ArrayList<>();
        for (String id : DeleteResourcesEdit.closure(d.model(), Set.copyOf(document.getSelection()))) {
            d.model().find(id).ifPresent(r -> lines.add(r.name().isEmpty() ? r.id() : r.name() + " (" + r.id() + ")"));
        }
        return lines;
    }

    public boolean deleteSelection() {
        Set<String> picked = Set.copyOf(document.getSelection());
        if (DeleteResourcesEdit.closure(document.getDiagram().model(), picked).isEmpty()) {
            return false;
        }
        return perform(new DeleteResourcesEdit(picked));
    }

    // --- creating ----------------------------------------------------------------------------

    /** The VPC, subnet and workload at a canvas point. */
    public DropTarget targetAt(double x, double y) {
        return targetAt(x, y, Set.of());
    }

    DropTarget targetAt(double x, double y, Set<String> ignored) {
        return DropTargets.at(picture(), document.getDiagram().model(), x, y, ignored);
    }

    /** A palette drop at a canvas point: creates and selects the new resource, or says why not. */
    public boolean drop(NewResourceKind kind, double x, double y) {
        DropTarget target = targetAt(x, y);
        if (kind.sitsOnVpcEdge()) {
            target = Containment.nearBorder(picture(), target, kind.width() / 2);
        }
        CreatePlan plan = NewResourcePlanner.plan(document.getDiagram().model(), kind,
                Containment.adjust(picture(), kind, target));
        if (plan.isRefused()) {
            say(plan.refusal(canvas.locale()));
            return false;
        }
        if (!perform(plan.edit())) {
            return false;
        }
        document.getSelection().clear();
        document.getSelection().add(plan.newId());
        say(plan.edit().text().format(canvas.locale()) + ": " + plan.newId());
        return true;
    }

    /**
     * An existing security group badge dropped on a workload attaches the group to it; a route table
     * or ACL badge dropped on a subnet associates it with that subnet.
     */
    public boolean dropBadge(String resourceId, double x, double y) {
        DropTarget target = targetAt(x, y);
        var model = document.getDiagram().model();
        if (model.securityGroup(resourceId) != null && target.workloadId() != null) {
            return perform(new io.hopscope.edit.AttachSecurityGroupEdit(resourceId, target.workloadId()));
        }
        // A subnet can only use a route table or ACL of its own VPC [RT][NACL].
        var owner = model.find(resourceId).map(model::vpcIdOf).orElse(null);
        if ((model.routeTable(resourceId) != null || model.networkAcl(resourceId) != null) && target.subnetId() != null
                && target.workloadId() == null && owner != null && owner.equals(model.subnet(target.subnetId()).vpcId())) {
            return perform(new io.hopscope.edit.AssociateSubnetEdit(target.subnetId(), resourceId));
        }
        say(Text.of(model.securityGroup(resourceId) != null ? "edit.drop.groupOnWorkload" : "edit.drop.tableOnSubnet")
                .format(locale()));
        return false;
    }

    // --- find and clipboard --------------------------------------------------------------------

    /**
     * Finds by name or id (ignoring case) and selects: an exact match first, then the first drawn
     * item containing the text, then any other resource containing it.
     */
    public Optional<String> find(String text) {
        Optional<String> found = ResourceFinder.find(document, picture(), text);
        if (found.isEmpty() && !text.isBlank()) {
            say(Text.of("edit.find.none", text.trim()).format(locale()));
        }
        return found;
    }

    public ClipboardModel clipboard() {
        return clipboard;
    }

    // -----------------------------------------------------------------------------------------

    /** Performs an edit; one that no longer applies changes nothing and says why. */
    public boolean perform(Edit edit) {
        try {
            document.perform(edit);
            return true;
        } catch (IllegalStateException | IllegalArgumentException e) {
            say(io.hopscope.edit.EditRefusal.message(e, locale()));
            return false;
        }
    }

    public static double snap(double value) {
        return NewResourcePlanner.snap(value);
    }
}
