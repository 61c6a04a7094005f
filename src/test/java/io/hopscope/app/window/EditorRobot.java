package io.hopscope.app.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.diagram.Shape;
import io.hopscope.diagram.render.Rect;
import io.hopscope.ui.common.DiagramDocument;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.testfx.api.FxRobot;

/**
 * What a person does in the editor, as robot gestures on the real window: palette drags, moving
 * and resizing boxes by the mouse, badge clicks and drags, typing into the inspector's fields and
 * rule tables, menus. It reads the window (node positions, the document) only to aim and to check;
 * every change goes through mouse and keyboard.
 */
final class EditorRobot extends RobotHands {

    private final MainWindowView window;

    EditorRobot(FxRobot robot, MainWindowView window) {
        super(robot, () -> window.getRoot().getScene());
        this.window = window;
    }

    DiagramDocument document() {
        return window.getViewModel().document();
    }

    double scale() {
        return window.getViewModel().canvas().getScale();
    }

    // --- menus -----------------------------------------------------------------------------------

    void menu(String... path) {
        for (String text : path) {
            click(text);
        }
    }

    // --- canvas ----------------------------------------------------------------------------------

    Rect box(String id) {
        return window.getViewModel().canvas().getPicture().item(id)
                .orElseThrow(() -> new AssertionError("nothing drawn for " + id)).bounds();
    }

    Node shape(String id) {
        return window.getCanvasView().nodeFor(id).orElseThrow(() -> new AssertionError("no node for " + id));
    }

    /** The screen point of a canvas (layout) point, measured from a drawn shape. */
    Point2D screen(String referenceId, double canvasX, double canvasY) {
        Rect b = box(referenceId);
        return shape(referenceId).localToScreen(canvasX - b.x(), canvasY - b.y());
    }

    Point2D viewport(double fx, double fy) {
        Node scroll = robot.lookup(".canvas-scroll").query();
        Bounds b = scroll.localToScreen(scroll.getLayoutBounds());
        return new Point2D(b.getMinX() + b.getWidth() * fx, b.getMinY() + b.getHeight() * fy);
    }

    /** Drags a palette item to a screen point; returns the new resource's id (it is selected). */
    String drop(String item, Point2D to) {
        Set<String> before = Set.copyOf(document().getDiagram().model().allResources().stream().map(r -> r.id()).toList());
        drag(center(robot.lookup("#palette-" + item).query()), to);
        assertEquals(1, document().getSelection().size(), "the drop of " + item + " was refused: "
                + window.getViewModel().editor().getMessage());
        String id = document().getSelection().iterator().next();
        assertFalse(before.contains(id), item + " created nothing new");
        return id;
    }

    /**
     * Moves a box by dragging it at ({@code grabX}, {@code grabY}) canvas units from its corner, then
     * resizes it with its corner handle, to the target box; checks the layout landed there.
     */
    void place(String id, double grabX, double grabY, Shape target) {
        // The grab point is read from the drawn shape: only once it stands still (an inspector edit
        // or a zoom re-lays the canvas out over a few pulses) does the press land on it.
        awaitSteady(() -> window.getCanvasView().nodeFor(id), id);
        Rect b = box(id);
        double s = scale();
        Point2D grab = screen(id, b.x() + grabX, b.y() + grabY);
        if (b.x() != target.x() || b.y() != target.y()) {
            drag(grab, grab.add((target.x() - b.x()) * s, (target.y() - b.y()) * s));
        } else {
            click(grab);
        }
        assertEquals(Set.of(id), document().getSelection());
        b = box(id);
        if (b.width() != target.width() || b.height() != target.height()) {
            Node handle = awaitSteady(() -> robot.lookup(".resize-handle").tryQuery(), "resize handle of " + id);
            Bounds h = handle.localToScreen(handle.getBoundsInLocal());
            Point2D corner = new Point2D(h.getCenterX(), h.getCenterY());
            drag(corner, corner.add((target.width() - b.width()) * s, (target.height() - b.height()) * s));
        }
        assertEquals(target, document().getDiagram().layout().shape(id), "where " + id + " was put");
    }

    /** Clicks a shape at its centre, selecting it. */
    void select(String id) {
        awaitSteady(() -> window.getCanvasView().nodeFor(id), id);
        Rect b = box(id);
        click(screen(id, b.centerX(), b.centerY()));
        assertEquals(Set.of(id), document().getSelection());
    }

    /** The route table or NACL badge on a subnet whose text starts with {@code prefix} ("RT ", "ACL "). */
    Node subnetBadge(String subnetId, String prefix) {
        return await(() -> robot.from(shape(subnetId)).lookup(".subnet-badge")
                .match(n -> ((Label) n).getText().startsWith(prefix)).tryQuery(), prefix + "badge on " + subnetId);
    }

    void dragTo(Node from, Point2D to) {
        drag(center(from), to);
    }

    // --- inspector -------------------------------------------------------------------------------

    /** Types a value into a properties field and presses Enter; the value must be accepted. */
    void field(String key, String value) {
        Node field = await(() -> robot.lookup("#field-" + key).tryQuery(), "field " + key);
        click(field);
        awaitCaretIn(field, () -> click(field));
        retype(value);
        Label error = robot.lookup("#error-" + key).queryAs(Label.class);
        assertFalse(error.isVisible(), key + " refused '" + value + "': " + error.getText());
        assertEquals(value, robot.lookup("#field-" + key).queryAs(TextField.class).getText(), key);
    }

    /**
     * Ticks exactly {@code values} in a check-list field (an interface's security groups), one click
     * per change as a person does; each tick is an edit, and the list opens again after it.
     */
    void checkOnly(String key, String... values) {
        Set<String> wanted = Set.of(values);
        for (int step = 0; step < 10; step++) {
            @SuppressWarnings("unchecked")
            org.controlsfx.control.CheckComboBox<io.hopscope.ui.inspector.Choice> box =
                    (org.controlsfx.control.CheckComboBox<io.hopscope.ui.inspector.Choice>) await(
                            () -> robot.lookup("#field-" + key).tryQuery(), "field " + key);
            var next = box.getItems().stream().filter(c -> wanted.contains(c.value())
                    != box.getCheckModel().isChecked(c)).findFirst();
            if (next.isEmpty()) {
                robot.push(javafx.scene.input.KeyCode.ESCAPE);
                return;
            }
            String label = next.get().label();
            java.util.function.Supplier<java.util.Optional<Node>> cell = () -> robot.lookup(".list-cell")
                    .match(n -> n instanceof javafx.scene.control.ListCell<?> c && label.equals(c.getText()) && c.isVisible()
                            && c.getScene().getWindow().isShowing()).tryQuery();
            if (cell.get().isEmpty()) {
                click(box);
            }
            click(((javafx.scene.control.ListCell<?>) await(cell, "check " + label)).getGraphic());
            robot.sleep(150);
        }
        throw new AssertionError(key + " never reached " + wanted);
    }

    /** What a properties field shows now. */
    String fieldText(String key) {
        return ((TextField) await(() -> robot.lookup("#field-" + key).tryQuery(), "field " + key)).getText();
    }

    /** Brings the rule tab (inbound, outbound, routes) to the front by clicking its header. */
    Node ruleTab(String tabId) {
        TabPane tabs = robot.lookup("#rule-tabs").queryAs(TabPane.class);
        Tab tab = tabs.getTabs().stream().filter(t -> t.getId().equals(tabId)).findFirst().orElseThrow();
        if (!tab.isSelected()) {
            Node header = robot.from(tabs).lookup(".tab-label").match(n -> tab.getText().equals(((Labeled) n).getText())).query();
            click(header);
        }
        assertTrue(tab.isSelected());
        return tab.getContent();
    }

    /** Picks a preset in the open rule tab and clicks Add. */
    void addPreset(String tabId, String presetLabel) {
        Node content = ruleTab(tabId);
        javafx.scene.control.ComboBox<?> presets = robot.from(content).lookup(".rule-presets")
                .queryAs(javafx.scene.control.ComboBox.class);
        click(presets);
        click(presetLabel);
        assertEquals(presetLabel, presetText(presets), "the preset picked");
        click(await(() -> robot.from(content).lookup(".rule-add").tryQuery(), "Add"));
        assertNoRuleError(content);
    }

    /** Double-clicks a cell of a rule table, types the new text and presses Enter. */
    void editCell(String tabId, int row, String column, String text) {
        Node content = ruleTab(tabId);
        TableView<?> table = robot.from(content).lookup(".rule-table").queryAs(TableView.class);
        java.util.function.Supplier<Node> cell = () -> await(() -> robot.from(table).lookup(".table-cell")
                .match(n -> n instanceof TableCell<?, ?> c && c.getTableColumn() != null
                        && column.equals(c.getTableColumn().getId()) && c.getIndex() == row)
                .tryQuery(), column + " cell of row " + row);
        doubleClick(cell.get());
        awaitCaretIn(table, () -> doubleClick(cell.get()));
        retype(text);
        assertNoRuleError(content);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String presetText(javafx.scene.control.ComboBox box) {
        return box.getConverter().toString(box.getValue());
    }

    private void assertNoRuleError(Node content) {
        Label error = robot.from(content).lookup(".rule-error").queryAs(Label.class);
        assertFalse(error.isVisible(), error.getText());
    }


    /** Types a destination, picks the target whose label names {@code targetName}, clicks Add. */
    void routeTo(String destination, String targetName) {
        Node content = ruleTab(io.hopscope.ui.inspector.InspectorView.ROUTES);
        click(await(() -> robot.from(content).lookup("#route-destination").tryQuery(), "route destination"));
        type(destination);
        javafx.scene.control.ComboBox<?> target = robot.from(content).lookup("#route-target")
                .queryAs(javafx.scene.control.ComboBox.class);
        click(target);
        String label = target.getItems().stream().map(Object::toString).filter(t -> t.contains(targetName))
                .findFirst().orElseThrow(() -> new AssertionError("no route target " + targetName + " in " + target.getItems()));
        click(label);
        click(await(() -> robot.from(content).lookup(".rule-add").tryQuery(), "Add"));
        assertNoRuleError(content);
    }

    /**
     * Drags the divider between the canvas and the inspector so the inspector is {@code width} px
     * wide: rule tables keep readable column widths and otherwise scroll sideways.
     */
    void widenInspector(double width) {
        Node host = robot.lookup(".inspector-host").query();
        javafx.scene.control.SplitPane split = (javafx.scene.control.SplitPane) robot.lookup(
                n -> n instanceof javafx.scene.control.SplitPane sp && sp.getItems().contains(host)).query();
        Node divider = robot.from(split).lookup(".split-pane-divider").query();
        Point2D from = center(divider);
        Bounds inspector = host.localToScreen(host.getLayoutBounds());
        drag(from, new Point2D(inspector.getMaxX() - width, from.getY()));
    }
}
