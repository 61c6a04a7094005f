package io.hopscope.app.window;

import java.util.function.Supplier;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Mouse and keyboard for long UI scenarios: clicks, double-clicks, drags, shortcuts and typing as
 * real events, each followed by one laid-out pulse, plus waits for what a person waits for (a
 * popup to show, the caret to arrive).
 */
class RobotHands {

    protected final FxRobot robot;
    private final Supplier<Scene> scene;

    RobotHands(FxRobot robot, Supplier<Scene> scene) {
        this.robot = robot;
        this.scene = scene;
    }

    Scene scene() {
        return scene.get();
    }

    Point2D center(Node node) {
        Bounds b = node.localToScreen(node.getBoundsInLocal());
        return new Point2D(b.getCenterX(), b.getCenterY());
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
        javafx.scene.Scene scene = scene();
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
        // Keys go to the window in front: a dialog of the main window while one is open.
        javafx.stage.Window main = scene().getWindow();
        javafx.scene.Scene scene = javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof javafx.stage.Stage s && s.getOwner() == main && w.isShowing() && w.getScene() != null)
                .map(javafx.stage.Window::getScene).reduce((a, b) -> b).orElse(scene());
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
        click(await(() -> robot.lookup(query).match(RobotHands::shown).<Node>tryQuery(), query));
    }

    /**
     * Waits until the caret is in a text input inside {@code area} (a field, or a cell's editor), as a
     * person watches for it before typing. If it does not come, the person does what they would:
     * clicks into an editor that came up without the caret, or else repeats the gesture.
     */
    void awaitCaretIn(Node area, Runnable again) {
        java.util.concurrent.Callable<Boolean> ready = () -> {
            Node focused = scene().getFocusOwner();
            for (Node n = focused; n != null; n = n.getParent()) {
                if (n == area) {
                    return focused instanceof javafx.scene.control.TextInputControl
                            || focused instanceof javafx.scene.control.ComboBox<?>;
                }
            }
            return false;
        };
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                WaitForAsyncUtils.waitFor(2, java.util.concurrent.TimeUnit.SECONDS, ready);
                return;
            } catch (java.util.concurrent.TimeoutException notYet) {
                java.util.Optional<Node> editor = robot.from(area).lookup(".text-field").tryQuery();
                if (editor.isPresent() && shown(editor.get())) {
                    click(editor.get());
                } else {
                    again.run();
                }
            }
        }
        throw new AssertionError("no caret in " + area);
    }

    /** A node once the window has shown and laid it out (a popup or a rebuilt form takes a pulse or two). */
    Node await(java.util.function.Supplier<java.util.Optional<Node>> find, String what) {
        // The scene graph is looked up on the FX thread: a lookup from the test thread while a
        // rebuilt form replaces its children can walk a list that shrinks under it.
        try {
            WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                    () -> onFx(() -> find.get().filter(n -> shown(n) && n.getLayoutBounds().getWidth() > 0).isPresent()));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("never shown: " + what, e);
        }
        return onFx(() -> find.get().orElseThrow());
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("the FX thread did not answer within 10 s", e);
        }
    }

    /**
     * A node once it is shown and has kept the same place on screen for a whole pulse. Under load
     * the window re-lays itself out over several pulses after a change (a rebuilt inspector
     * narrows the canvas, a zoom scrolls it); a gesture aimed at a node that is still moving lands
     * where the node was, and is lost.
     */
    Node awaitSteady(java.util.function.Supplier<java.util.Optional<Node>> find, String what) {
        Bounds last = null;
        for (int pulse = 0; pulse < 50; pulse++) {
            java.util.Optional<Node> node = find.get().filter(n -> shown(n) && n.getLayoutBounds().getWidth() > 0);
            Bounds now = node.map(n -> n.localToScreen(n.getBoundsInLocal())).orElse(null);
            if (now != null && now.equals(last)) {
                return node.get();
            }
            last = now;
            settle();
        }
        throw new AssertionError("never stood still on screen: " + what);
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
}
