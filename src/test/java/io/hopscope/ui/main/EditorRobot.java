package io.hopscope.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.diagram.Shape;
import io.hopscope.ui.canvas.Rect;
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
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a person does in the editor, as robot gestures on the real window: palette drags, moving
 * and resizing boxes by the mouse, badge clicks and drags, typing into the inspector's fields and
 * rule tables, menus. It reads the window (node positions, the document) only to aim and to check;
 * every change goes through mouse and keyboard.
 */
final class EditorRobot {

    private final FxRobot robot;
    private final MainWindowView window;

    EditorRobot(FxRobot robot, MainWindowView window) {
        this.robot = robot;
        this.window = window;
    }

    DiagramDocument document() {
        return window.getViewModel().document();
    }

    double scale() {
        return window.getViewModel().canvas().getScale();
    }

    // --- pointer and keys ------------------------------------------------------------------------
    // TestFX's own moves walk up to 200 one-pixel steps, its typing sleeps 25 ms a character and
    // every press waits 50 ms; a whole diagram takes hundreds of each. Here the pointer glides in a
    // few steps and the window settles once per gesture. The events are the same mouse and key events.

    private static final int STEPS = 4;

    private org.testfx.robot.BaseRobot base() {
        return robot.robotContext().getBaseRobot();
    }

    /**
     * Lets the window handle what was sent and then lay itself out: waits for one whole pulse
     * (CSS and layout) after every event sent so far, so positions read next are the drawn ones.
     */
    void settle() {
        javafx.scene.Scene scene = window.getRoot().getScene();
        java.util.concurrent.CountDownLatch laidOut = new java.util.concurrent.CountDownLatch(1);
        Runnable listener = laidOut::countDown;
        javafx.application.Platform.runLater(() -> {
            scene.addPostLayoutPulseListener(listener);
            javafx.application.Platform.requestNextPulse();
        });
        try {
            if (!laidOut.await(5, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new AssertionError("the window did not lay itself out within 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } finally {
            javafx.application.Platform.runLater(() -> scene.removePostLayoutPulseListener(listener));
        }
        WaitForAsyncUtils.waitForFxEvents(1);
    }

    private void glide(Point2D to) {
        Point2D from = base().retrieveMouse();
        for (int i = 1; i <= STEPS; i++) {
            double f = (double) i / STEPS;
            base().moveMouse(new Point2D(from.getX() + (to.getX() - from.getX()) * f, from.getY() + (to.getY() - from.getY()) * f));
        }
    }

    void click(Point2D at) {
        glide(at);
        base().pressMouse(MouseButton.PRIMARY);
        base().releaseMouse(MouseButton.PRIMARY);
        settle();
    }

    void click(Node node) {
        click(center(node));
    }

    void doubleClick(Node node) {
        glide(center(node));
        for (int i = 0; i < 2; i++) {
            base().pressMouse(MouseButton.PRIMARY);
            base().releaseMouse(MouseButton.PRIMARY);
        }
        settle();
    }

    void drag(Point2D from, Point2D to) {
        glide(from);
        base().pressMouse(MouseButton.PRIMARY);
        glide(to);
        base().releaseMouse(MouseButton.PRIMARY);
        settle();
    }

    /** Presses the keys together, then releases them: a shortcut. */
    void keys(KeyCode... codes) {
        for (KeyCode c : codes) {
            base().pressKeyboard(c == KeyCode.SHORTCUT ? KeyCode.CONTROL : c);
        }
        for (int i = codes.length - 1; i >= 0; i--) {
            base().releaseKeyboard(codes[i] == KeyCode.SHORTCUT ? KeyCode.CONTROL : codes[i]);
        }
        settle();
    }

    /** Types text into the focused control, as key events. */
    void type(String text) {
        javafx.scene.Scene scene = window.getRoot().getScene();
        for (char c : text.toCharArray()) {
            base().typeKeyboard(scene, KeyCode.UNDEFINED, String.valueOf(c));
        }
        settle();
    }

    /** Replaces the focused field's text: Shortcut+A, the text, Enter. */
    void retype(String text) {
        keys(KeyCode.SHORTCUT, KeyCode.A);
        type(text);
        keys(KeyCode.ENTER);
    }

    /** Clicks the first node matching {@code query} (a CSS selector or a text) that is really on screen. */
    void click(String query) {
        click(await(() -> robot.lookup(query).match(EditorRobot::shown).<Node>tryQuery(), query));
    }

    /**
     * Waits until the caret is in a text input inside {@code area} (a field, or a cell's editor), as a
     * person watches for it before typing; a cell whose editor came up without it gets a click.
     */
    void awaitCaretIn(Node area) {
        java.util.concurrent.Callable<Boolean> ready = () -> {
            Node focused = window.getRoot().getScene().getFocusOwner();
            for (Node n = focused; n != null; n = n.getParent()) {
                if (n == area) {
                    return focused instanceof javafx.scene.control.TextInputControl
                            || focused instanceof javafx.scene.control.ComboBox<?>;
                }
            }
            return false;
        };
        try {
            WaitForAsyncUtils.waitFor(2, java.util.concurrent.TimeUnit.SECONDS, ready);
        } catch (java.util.concurrent.TimeoutException first) {
            robot.from(area).lookup(".text-field").tryQuery().ifPresent(editor -> click((Node) editor));
            try {
                WaitForAsyncUtils.waitFor(2, java.util.concurrent.TimeUnit.SECONDS, ready);
            } catch (java.util.concurrent.TimeoutException e) {
                throw new AssertionError("no caret in " + area, e);
            }
        }
    }

    /** A node once the window has shown and laid it out (a popup or a rebuilt form takes a pulse or two). */
    Node await(java.util.function.Supplier<java.util.Optional<Node>> find, String what) {
        try {
            WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                    () -> find.get().filter(n -> shown(n) && n.getLayoutBounds().getWidth() > 0).isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("never shown: " + what, e);
        }
        return find.get().orElseThrow();
    }

    /** Visible all the way up, in a showing window: not inside a tab at the back, not in a hidden popup. */
    static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null && node.getScene().getWindow() != null && node.getScene().getWindow().isShowing();
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
            Node handle = await(() -> robot.lookup(".resize-handle").tryQuery(), "resize handle of " + id);
            Bounds h = handle.localToScreen(handle.getBoundsInLocal());
            Point2D corner = new Point2D(h.getCenterX(), h.getCenterY());
            drag(corner, corner.add((target.width() - b.width()) * s, (target.height() - b.height()) * s));
        }
        assertEquals(target, document().getDiagram().layout().shape(id), "where " + id + " was put");
    }

    /** Clicks a shape at its centre, selecting it. */
    void select(String id) {
        Rect b = box(id);
        click(screen(id, b.centerX(), b.centerY()));
        assertEquals(Set.of(id), document().getSelection());
    }

    /** The route table or NACL badge on a subnet whose text starts with {@code prefix} ("RT ", "ACL "). */
    Node subnetBadge(String subnetId, String prefix) {
        return await(() -> robot.from(shape(subnetId)).lookup(".subnet-badge")
                .match(n -> ((Label) n).getText().startsWith(prefix)).tryQuery(), prefix + "badge on " + subnetId);
    }

    Point2D center(Node node) {
        Bounds b = node.localToScreen(node.getBoundsInLocal());
        return new Point2D(b.getCenterX(), b.getCenterY());
    }

    void dragTo(Node from, Point2D to) {
        drag(center(from), to);
    }

    // --- inspector -------------------------------------------------------------------------------

    /** Types a value into a properties field and presses Enter; the value must be accepted. */
    void field(String key, String value) {
        Node field = await(() -> robot.lookup("#field-" + key).tryQuery(), "field " + key);
        click(field);
        awaitCaretIn(field);
        retype(value);
        Label error = robot.lookup("#error-" + key).queryAs(Label.class);
        assertFalse(error.isVisible(), key + " refused '" + value + "': " + error.getText());
        assertEquals(value, robot.lookup("#field-" + key).queryAs(TextField.class).getText(), key);
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
        Node cell = await(() -> robot.from(table).lookup(".table-cell").match(n -> n instanceof TableCell<?, ?> c
                && c.getTableColumn() != null && column.equals(c.getTableColumn().getId()) && c.getIndex() == row)
                .tryQuery(), column + " cell of row " + row);
        doubleClick(cell);
        awaitCaretIn(cell);
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
