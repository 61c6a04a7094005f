package io.hopscope.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * The canvas's one context menu. Each panel contributes its items for the resource under the
 * pointer (the trace explorer "Trace from here / to here", the editor cut, copy, delete...), and
 * the canvas shows them together in a single menu: when each panel opened its own, a right click
 * on a workload opened two menus, one hidden under the other. Shift+F10 and the Menu key open it
 * for the selected shape, as they do everywhere else on the desktop.
 */
public final class CanvasContextMenu {

    /** Style class of the menu, for tests and the theme. */
    public static final String STYLE_CLASS = "canvas-context-menu";

    private final DiagramCanvasView view;
    private final List<Function<String, List<MenuItem>>> contributors = new ArrayList<>();
    private final ContextMenu menu = new ContextMenu();

    CanvasContextMenu(DiagramCanvasView view) {
        this.view = view;
        menu.getStyleClass().add(STYLE_CLASS);
        view.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            if (e.isKeyboardTrigger()) {
                openForSelection();
            } else {
                open(resourceUnder(e.getPickResult().getIntersectedNode()), e.getScreenX(), e.getScreenY());
            }
            e.consume();
        });
        // Not every platform (headless Monocle among them) turns a right click into a context menu event.
        view.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.SECONDARY && !menu.isShowing()) {
                open(resourceUnder(e.getPickResult().getIntersectedNode()), e.getScreenX(), e.getScreenY());
                e.consume();
            }
        });
        view.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.CONTEXT_MENU || (e.getCode() == KeyCode.F10 && e.isShiftDown())) {
                openForSelection();
                e.consume();
            }
        });
    }

    /**
     * Adds a contributor: given the resource id under the pointer (null on empty canvas), the items
     * it offers, in its order. Contributors run in the order they were added; groups are separated.
     */
    public void contribute(Function<String, List<MenuItem>> contributor) {
        contributors.add(contributor);
    }

    /** As {@link #contribute}, ahead of the others: the items most specific to what was clicked. */
    public void contributeFirst(Function<String, List<MenuItem>> contributor) {
        contributors.add(0, contributor);
    }

    /** The menu, for tests: whether and what it shows. */
    public ContextMenu menu() {
        return menu;
    }

    /** Opens the menu for a resource (or empty canvas, when null) at a screen point; never a second menu. */
    public void open(String resourceId, double screenX, double screenY) {
        menu.hide();
        List<MenuItem> items = new ArrayList<>();
        for (Function<String, List<MenuItem>> c : contributors) {
            List<MenuItem> group = c.apply(resourceId);
            if (group.isEmpty()) {
                continue;
            }
            if (!items.isEmpty()) {
                items.add(new SeparatorMenuItem());
            }
            items.addAll(group);
        }
        if (items.isEmpty()) {
            return;
        }
        menu.getItems().setAll(items);
        menu.show(view, screenX, screenY);
    }

    /** Opens the menu for the first selected shape, at its top-left corner (or the canvas's, when none). */
    void openForSelection() {
        String id = view.editing().flatMap(g -> g.editor().document().getSelection().stream().findFirst()).orElse(null);
        Node node = id == null ? null : view.nodeFor(id).orElse(null);
        Node at = node != null ? node : view;
        Bounds b = at.localToScreen(at.getBoundsInLocal());
        if (b != null) {
            open(id, b.getMinX() + Math.min(24, b.getWidth() / 2), b.getMinY() + Math.min(24, b.getHeight() / 2));
        }
    }

    static String resourceUnder(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            Object id = n.getProperties().get(DiagramCanvasView.RESOURCE_ID);
            if (id instanceof String s) {
                return s;
            }
        }
        return null;
    }
}
