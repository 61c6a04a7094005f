package io.hopscope.ui.share;

import io.hopscope.testing.MainWindowFixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.app.HopscopeApp;
import io.hopscope.diagram.Diagram;
import io.hopscope.io.aws.SyntheticAccount;
import io.hopscope.app.window.MainWindowView;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import javafx.animation.AnimationTimer;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The quota-scale generated account (1,000 subnets, 10,000 ENIs) imported through the window and
 * panned and zoomed, headless: prints import + layout time and frame intervals (p50/p95). Slow,
 * so it runs only when asked: {@code mvn -o test -Dtest=BigAccountHarness -Dhopscope.bigAccount=true}.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "hopscope.bigAccount", matches = "true")
class BigAccountHarness {

    private MainWindowView window;

    @TempDir
    Path temp;

    @BeforeAll
    static void englishStrings() {
        Locale.setDefault(Locale.ENGLISH);
    }

    @Start
    void start(Stage stage) {
        window = MainWindowFixture.show(stage, f -> null, 1100, 750);
    }

    @Test
    void quotaScaleAccountImportsOpensAndPansAndZooms(FxRobot robot) throws Exception {
        double factor = Double.parseDouble(System.getProperty("hopscope.bigAccount.factor", "1"));
        SyntheticAccount.Summary written = new SyntheticAccount(7, SyntheticAccount.Scale.quotaTimes(factor)).write(temp);
        ShareView share = window.getShareView();

        long start = System.nanoTime();
        robot.interact(() -> share.importFrom(temp));
        WaitForAsyncUtils.waitFor(600, TimeUnit.SECONDS, () -> !share.getViewModel().busyProperty().get());
        long imported = System.nanoTime();
        WaitForAsyncUtils.waitForFxEvents();
        long drawn = nextPulse();
        Diagram d = window.getViewModel().document().getDiagram();
        assertEquals(written.subnets(), d.model().subnets().size());
        assertTrue(window.getCanvasView().nodeFor(d.model().subnets().get(0).id()).isPresent());

        ScrollPane scroll = robot.lookup(".canvas-scroll").queryAs(ScrollPane.class);
        double fitScale = window.getViewModel().canvas().getScale();
        boolean countsWhenFitted = window.getCanvasView().showsWorkloadCounts();
        List<Long> pan = frames(120, i -> {
            scroll.setHvalue((i % 60) / 60.0);
            scroll.setVvalue((i % 40) / 40.0);
        });
        robot.interact(() -> window.getViewModel().canvas().setScale(1.0));
        List<Long> panFull = frames(120, i -> {
            scroll.setHvalue((i % 60) / 60.0);
            scroll.setVvalue((i % 40) / 40.0);
        });
        double[] scales = {0.1, 0.15, 0.25, 0.4, 0.6, 1.0, 1.5, 1.0, 0.6, 0.4, 0.25, 0.15};
        List<Long> zoom = frames(48, i -> window.getViewModel().canvas().setScale(scales[i % scales.length]));
        long nodes = robot.lookup(n -> n.getStyleClass().contains("shape")).queryAll().size();

        String report = String.format(Locale.ROOT,
                "big account: %d VPCs, %d subnets, %d ENIs, %d workloads, %d shape nodes%n"
                        + "  import + layout (worker thread): %d ms; until first frame drawn: %d ms%n"
                        + "  fitted at scale %.2f, workload counts instead of cards: %s%n"
                        + "  pan frame interval (fitted):  p50 %.1f ms, p95 %.1f ms, max %.1f ms (%d frames)%n"
                        + "  pan frame interval (100%%):    p50 %.1f ms, p95 %.1f ms, max %.1f ms (%d frames)%n"
                        + "  zoom frame interval: p50 %.1f ms, p95 %.1f ms, max %.1f ms (%d frames)",
                written.vpcs(), written.subnets(), written.networkInterfaces(), d.model().workloads().size(), nodes,
                (imported - start) / 1_000_000, (drawn - start) / 1_000_000,
                fitScale, countsWhenFitted,
                pct(pan, 50), pct(pan, 95), pct(pan, 100), pan.size(),
                pct(panFull, 50), pct(panFull, 95), pct(panFull, 100), panFull.size(),
                pct(zoom, 50), pct(zoom, 95), pct(zoom, 100), zoom.size());
        System.out.println(report);
    }

    /** Time of the next pulse after now, once the scene has been laid out and drawn. */
    private static long nextPulse() throws InterruptedException {
        long[] at = new long[1];
        CountDownLatch done = new CountDownLatch(2);
        javafx.application.Platform.runLater(() -> new AnimationTimer() {
            @Override
            public void handle(long now) {
                // The time is written before the last count, so the waiting thread never reads it early.
                if (done.getCount() == 1) {
                    at[0] = System.nanoTime();
                    stop();
                }
                done.countDown();
            }
        }.start());
        assertTrue(done.await(600, TimeUnit.SECONDS));
        return at[0];
    }

    /** Changes the view once per pulse {@code count} times and returns the intervals between pulses. */
    private static List<Long> frames(int count, IntConsumer change) throws InterruptedException {
        List<Long> intervals = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        javafx.application.Platform.runLater(() -> new AnimationTimer() {
            private long last = -1;
            private int i;

            @Override
            public void handle(long now) {
                long t = System.nanoTime();
                if (last >= 0) {
                    intervals.add(t - last);
                }
                last = t;
                if (i == count) {
                    stop();
                    done.countDown();
                    return;
                }
                change.accept(i++);
            }
        }.start());
        assertTrue(done.await(600, TimeUnit.SECONDS));
        return intervals;
    }

    private static double pct(List<Long> intervals, int percentile) {
        List<Long> sorted = intervals.stream().sorted().toList();
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1_000_000.0;
    }
}
