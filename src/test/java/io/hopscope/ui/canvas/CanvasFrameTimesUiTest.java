package io.hopscope.ui.canvas;

import io.hopscope.diagram.render.CanvasItem;
import io.hopscope.testing.MainWindowFixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.app.HopscopeApp;
import io.hopscope.diagram.Diagram;
import io.hopscope.model.InterfaceType;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Subnet;
import io.hopscope.model.Vpc;
import io.hopscope.model.Workload;
import io.hopscope.model.WorkloadKind;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IpAddress;
import io.hopscope.app.window.MainWindowView;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The frame-time harness of the README: a generated diagram of 2,020 shapes (20 VPCs x 10 subnets
 * x 9 instances) in the real window under Monocle; an {@link AnimationTimer} records the interval
 * between pulses while the robot pans, zooms and drags a VPC with its 100 children, and the test
 * prints p50/p95/max per gesture. It asserts what happened, never how fast (timings depend on the
 * machine). Run it with
 * {@code mvn -B -o test -Dtest=CanvasFrameTimesUiTest -Dhopscope.perf=true}.
 */
@Tag("ui")
@EnabledIfSystemProperty(named = "hopscope.perf", matches = "true")
@ExtendWith(ApplicationExtension.class)
class CanvasFrameTimesUiTest {

    private MainWindowView window;
    private final List<Long> pulses = Collections.synchronizedList(new ArrayList<>());
    /** What the view showed at each pulse (scroll, zoom, drag offset): a change means a repaint. */
    private final List<Double> shown = Collections.synchronizedList(new ArrayList<>());
    private AnimationTimer timer;

    @Start
    void start(Stage stage) {
        Locale.setDefault(Locale.ENGLISH);
        window = MainWindowFixture.show(stage, f -> null, 1280, 860);
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulses.add(now);
                shown.add(viewSignature());
            }
        };
    }

    static Diagram generated() {
        NetworkModel.Builder b = NetworkModel.builder();
        for (int v = 0; v < 20; v++) {
            String vpc = "vpc-" + v;
            b.add(new Vpc(vpc, "vpc " + v, "", List.of(Cidr.parse("10." + v + ".0.0/16")), List.of()));
            for (int s = 0; s < 10; s++) {
                String subnet = "subnet-" + v + "-" + s;
                b.add(new Subnet(subnet, "", vpc, Cidr.parse("10." + v + "." + s + ".0/24"), null, ""));
                for (int w = 0; w < 9; w++) {
                    String eni = "eni-" + v + "-" + s + "-" + w;
                    b.add(new NetworkInterface(eni, "", subnet, InterfaceType.INSTANCE,
                            List.of(IpAddress.parse("10." + v + "." + s + "." + (10 + w))), null, List.of(), List.of(), ""));
                    b.add(new Workload("i-" + v + "-" + s + "-" + w, "app " + w, WorkloadKind.EC2, List.of(eni), null));
                }
            }
        }
        // Laid out as an import would be: with no layout every shape is a dashed provisional box,
        // which is neither what users see nor a fair measure.
        NetworkModel model = b.build();
        return new Diagram("generated", "", model, io.hopscope.diagram.autolayout.AutoLayout.layout(model));
    }

    /** CPU time of the toolkit's two busy threads (event/application thread and renderer). */
    static long toolkitCpuNanos() {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            String n = t.getName();
            if (n.startsWith("QuantumRenderer") || n.equals("Event Thread") || n.equals("JavaFX Application Thread")) {
                sum += mx.getThreadCpuTime(t.getId());
            }
        }
        return sum;
    }

    private double viewSignature() {
        DiagramCanvasView canvas = window.getCanvasView();
        Point2D corner = canvas.world().localToScene(0, 0);
        double drag = canvas.nodeFor("vpc-0").map(n -> n.getTranslateX() * 7 + n.getTranslateY()).orElse(0.0);
        return corner.getX() * 31 + corner.getY() * 17 + window.getViewModel().canvas().getScale() * 1000 + drag * 3;
    }

    private String measure(String what, Runnable gesture) {
        pulses.clear();
        shown.clear();
        long cpu0 = toolkitCpuNanos();
        timer.start();
        gesture.run();
        WaitForAsyncUtils.waitForFxEvents();
        timer.stop();
        double cpuPerFrame = (toolkitCpuNanos() - cpu0) / 1e6 / Math.max(1, pulses.size() - 1);
        List<Double> intervals = new ArrayList<>();
        // The interval after a pulse that showed a new view is the cost of painting that view.
        List<Double> moving = new ArrayList<>();
        synchronized (pulses) {
            for (int i = 1; i < pulses.size() - 1; i++) {
                if (!shown.get(i).equals(shown.get(i - 1))) {
                    moving.add((pulses.get(i + 1) - pulses.get(i)) / 1e6);
                }
            }
            for (int i = 1; i < pulses.size(); i++) {
                intervals.add((pulses.get(i) - pulses.get(i - 1)) / 1e6);
            }
        }
        Collections.sort(intervals);
        assertTrue(intervals.size() > 5, what + " produced frames");
        String line = String.format(Locale.ROOT,
                "%-28s frames %4d  p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms  toolkit cpu %5.1f ms/frame", what,
                intervals.size(), pct(intervals, 0.5), pct(intervals, 0.95), intervals.get(intervals.size() - 1), cpuPerFrame);
        System.out.println("FRAMES " + line);
        Collections.sort(moving);
        assertTrue(moving.size() > 3, what + " changed the view");
        System.out.println(String.format(Locale.ROOT, "FRAMES %-28s frames that moved the view %4d  p50 %6.1f ms  p95 %6.1f ms",
                "  " + what, moving.size(), pct(moving, 0.5), pct(moving, 0.95)));
        return line;
    }

    private static double pct(List<Double> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(p * (sorted.size() - 1))));
    }

    @Test
    void panZoomAndDragOnTwoThousandShapes(FxRobot robot) {
        long t0 = System.nanoTime();
        robot.interact(() -> window.getViewModel().document().replace(generated(), null));
        long openMs = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(2020, window.getViewModel().canvas().getPicture().items().size());
        System.out.println("FRAMES open (picture + nodes) " + openMs + " ms");
        robot.interact(() -> window.getViewModel().canvas().setScale(0.5));
        WaitForAsyncUtils.waitForFxEvents();
        ScrollPane scroll = robot.lookup(".canvas-scroll").queryAs(ScrollPane.class);
        Bounds view = scroll.localToScreen(scroll.getLayoutBounds());
        Point2D middle = new Point2D(view.getCenterX(), view.getCenterY());

        Point2D empty = emptyPoint(robot, scroll);
        double vBefore = scroll.getVvalue();
        measure("pan (drag empty canvas)", () -> {
            // Three strokes there and back: long enough that p95 is not the second-worst of 40 frames.
            for (int i = 0; i < 3; i++) {
                robot.drag(empty, MouseButton.PRIMARY).moveTo(empty.add(-200, -300)).moveTo(empty)
                        .release(MouseButton.PRIMARY);
            }
            robot.drag(empty, MouseButton.PRIMARY).moveTo(empty.add(-200, -300)).release(MouseButton.PRIMARY);
        });
        assertTrue(scroll.getVvalue() != vBefore, "the drag panned");
        measure("zoom (Ctrl+wheel, 16 notches)", () -> {
            robot.moveTo(middle);
            robot.press(KeyCode.CONTROL);
            for (int round = 0; round < 2; round++) {
                for (int i = 0; i < 4; i++) {
                    robot.scroll(1, VerticalDirection.UP);
                }
                for (int i = 0; i < 4; i++) {
                    robot.scroll(1, VerticalDirection.DOWN);
                }
            }
            robot.release(KeyCode.CONTROL);
        });
        robot.interact(() -> {
            window.getViewModel().canvas().setScale(0.5);
            scroll.setHvalue(0);
            scroll.setVvalue(0);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node vpc = window.getCanvasView().nodeFor("vpc-0").orElseThrow();
        Bounds vb = vpc.localToScreen(vpc.getBoundsInLocal());
        Point2D grab = new Point2D(vb.getMinX() + 40, vb.getMinY() + 8);
        double before = window.getViewModel().canvas().getPicture().item("i-0-0-0").orElseThrow().bounds().x();
        long[] commit = new long[1];
        measure("drag a VPC + 100 children", () -> {
            robot.drag(grab, MouseButton.PRIMARY).moveTo(grab.add(300, 120)).moveTo(grab.add(0, 120))
                    .moveTo(grab.add(150, 60));
            long c0 = System.nanoTime();
            robot.release(MouseButton.PRIMARY);
            commit[0] = (System.nanoTime() - c0) / 1_000_000;
        });
        System.out.println("FRAMES release (commit edit, rebuild picture and nodes) " + commit[0] + " ms");
        double after = window.getViewModel().canvas().getPicture().item("i-0-0-0").orElseThrow().bounds().x();
        assertEquals(300, after - before, 20, "the children moved with the VPC: 150 screen px at 50 %");
    }

    /** A screen point on empty canvas (between VPCs), found from the picture's boxes. */
    private Point2D emptyPoint(FxRobot robot, ScrollPane scroll) {
        DiagramCanvasView canvas = window.getCanvasView();
        Bounds view = scroll.localToScreen(scroll.getLayoutBounds());
        // Scan the whole viewport: the inspector and bottom panels leave a smaller canvas than before.
        for (double y = view.getMinY() + 10; y < view.getMaxY() - 10; y += 10) {
            for (double x = view.getMinX() + 10; x < view.getMaxX() - 10; x += 10) {
                Point2D local = canvas.world().screenToLocal(x, y);
                double cx = local.getX() + canvas.originX();
                double cy = local.getY() + canvas.originY();
                boolean onItem = window.getViewModel().canvas().getPicture().items().stream().map(CanvasItem::bounds)
                        .anyMatch(b -> cx >= b.x() - 5 && cy >= b.y() - 5 && cx <= b.maxX() + 5 && cy <= b.maxY() + 5);
                if (!onItem) {
                    return new Point2D(x, y);
                }
            }
        }
        throw new AssertionError("no empty canvas in view");
    }
}
