package io.hopscope.ui.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.cli.HopscopeCommand;
import io.hopscope.diagram.Diagram;
import io.hopscope.edit.RemoveSecurityGroupRuleEdit;
import io.hopscope.engine.TraceQuery;
import io.hopscope.engine.Verdict;
import io.hopscope.engine.walk.Tracer;
import io.hopscope.io.format.DiagramReader;
import io.hopscope.model.net.Protocol;
import io.hopscope.reach.ReachEndpoint;
import io.hopscope.reach.SelectorResolver;
import io.hopscope.ui.common.DiagramDocument;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The matrix window's state without a toolkit: the question, the grid, focus, trace, CSV, staleness, cancel. */
class MatrixViewModelTest {
    static final ResourceBundle MESSAGES = ResourceBundle.getBundle("io.hopscope.i18n.messages", Locale.ROOT);
    static final String WEB_ENI = "eni-0a1b2c3d4e5f6000e";
    static final String DB_ENI = "eni-0a1b2c3d4e5f6000f";
    static final String DB_SG = "sg-0a1b2c3d4e5f6000d";

    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private final List<TraceQuery> traced = new ArrayList<>();

    @AfterEach
    void stop() {
        worker.shutdownNow();
    }

    static Diagram sample(String name) {
        return DiagramReader.read(Path.of("diagrams", name + ".json")).diagram();
    }

    private MatrixViewModel vm(DiagramDocument doc) {
        MatrixViewModel vm = new MatrixViewModel(doc, MESSAGES, worker, Runnable::run, 2);
        vm.setTracer(traced::add);
        return vm;
    }

    static void await(BooleanSupplier done) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out");
            }
            Thread.sleep(10);
        }
    }

    private static int indexOf(MatrixGrid g, boolean rows, String eni) {
        int n = rows ? g.rows() : g.columns();
        for (int i = 0; i < n; i++) {
            if ((rows ? g.source(i) : g.target(i)).id().equals(eni)) {
                return i;
            }
        }
        throw new AssertionError(eni + " is not in the grid");
    }

    @Test
    void mysqlOnTheSampleReachesTheDatabaseFromTheWebServerOnlyAndACellTracesItsPair() throws Exception {
        MatrixViewModel vm = vm(new DiagramDocument(sample("ec2-to-rds")));
        vm.serviceProperty().set("tcp/3306");
        assertTrue(vm.compute());
        await(() -> !vm.runningProperty().get());
        MatrixGrid g = vm.gridProperty().get();
        assertNotNull(g, vm.statusProperty().get());
        int web = indexOf(g, true, WEB_ENI);
        int db = indexOf(g, false, DB_ENI);
        assertEquals(MatrixVerdict.REACHABLE, g.verdict(web, db));
        assertEquals(MatrixVerdict.UNREACHABLE, g.verdict(indexOf(g, true, DB_ENI), indexOf(g, false, WEB_ENI)),
                "the database opens nothing towards the web server on 3306");
        assertEquals(MatrixVerdict.SELF, g.verdict(web, indexOf(g, false, WEB_ENI)));
        assertTrue(vm.statusProperty().get().contains("tcp/3306"), vm.statusProperty().get());

        vm.focus(web, db);
        assertEquals("web-1 → orders-db: Reachable", vm.focusTextProperty().get().replace("-eni", ""));
        assertTrue(vm.traceFocused());
        TraceQuery q = traced.get(0);
        assertEquals(WEB_ENI, q.from());
        assertEquals(DB_ENI, q.to());
        assertEquals(Protocol.TCP, q.protocol());
        assertEquals(3306, q.port());
        assertEquals(Verdict.REACHABLE, new Tracer(sample("ec2-to-rds").model()).trace(q).verdict(),
                "the trace of a cell agrees with its colour");
        assertFalse(vm.trace(web, indexOf(g, false, WEB_ENI)), "the diagonal has nothing to trace");
        assertEquals(1, traced.size());
    }

    @Test
    void theArrowKeysStayInsideTheGrid() throws Exception {
        MatrixViewModel vm = vm(new DiagramDocument(sample("three-tier")));
        vm.compute();
        await(() -> !vm.runningProperty().get());
        MatrixGrid g = vm.gridProperty().get();
        vm.moveFocus(-5, -5);
        assertEquals(0, vm.focusRowProperty().get());
        assertEquals(0, vm.focusColumnProperty().get());
        vm.moveFocus(1, 2);
        assertEquals(1, vm.focusRowProperty().get());
        assertEquals(2, vm.focusColumnProperty().get());
        vm.moveFocus(1000, 1000);
        assertEquals(g.rows() - 1, vm.focusRowProperty().get());
        assertEquals(g.columns() - 1, vm.focusColumnProperty().get());
        assertEquals(vm.cellText(g.rows() - 1, g.columns() - 1), vm.focusTextProperty().get());
    }

    @Test
    void theExportIsTheCommandLinesCsvByteForByte(@TempDir Path dir) throws Exception {
        MatrixViewModel vm = vm(new DiagramDocument(sample("three-tier")));
        vm.fromProperty().set("all");
        vm.toProperty().set("all");
        vm.serviceProperty().set("tcp/443");
        vm.compute();
        await(() -> !vm.runningProperty().get());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = HopscopeCommand.run(new PrintWriter(out), new PrintWriter(err), "matrix", "diagrams/three-tier.json",
                "--protocol", "tcp", "--port", "443", "--format", "csv");
        assertEquals(0, code, err.toString());
        assertEquals(out.toString(), vm.csv());
        Path file = dir.resolve("m.csv");
        vm.exportCsv(file);
        assertEquals(out.toString(), Files.readString(file));
        assertTrue(vm.statusProperty().get().contains("m.csv"));
    }

    @Test
    void aMisspeltSelectorOrServiceIsAnInlineErrorAndNothingRuns() {
        MatrixViewModel vm = vm(new DiagramDocument(sample("ec2-to-rds")));
        vm.fromProperty().set("sgg:web-sg");
        assertTrue(vm.fromErrorProperty().get().contains("sgg:"), vm.fromErrorProperty().get());
        assertFalse(vm.validProperty().get());
        assertFalse(vm.compute());
        assertFalse(vm.runningProperty().get());
        vm.fromProperty().set("sg:no-such-group");
        assertTrue(vm.fromErrorProperty().get().contains("no-such-group"), vm.fromErrorProperty().get());
        vm.fromProperty().set("sg:web-sg");
        assertEquals("", vm.fromErrorProperty().get());
        vm.toProperty().set("internet");
        assertTrue(vm.toErrorProperty().get().contains("internet"), "the internet is no interface: " + vm.toErrorProperty().get());
        vm.toProperty().set("orders-db");
        assertEquals("", vm.toErrorProperty().get());

        vm.serviceProperty().set("tcp");
        assertTrue(vm.serviceErrorProperty().get().contains("tcp/443"), vm.serviceErrorProperty().get());
        vm.serviceProperty().set("tcp/8000-8080");
        assertTrue(vm.serviceErrorProperty().get().contains("8000-8080"), vm.serviceErrorProperty().get());
        vm.serviceProperty().set("all");
        assertFalse(vm.serviceErrorProperty().get().isEmpty());
        vm.serviceProperty().set("tcp/70000");
        assertTrue(vm.serviceErrorProperty().get().contains("70000"));
        vm.serviceProperty().set("icmp");
        assertEquals("", vm.serviceErrorProperty().get());
        vm.serviceProperty().set("tcp 3306");
        assertEquals("", vm.serviceErrorProperty().get());
        assertTrue(vm.validProperty().get());
    }

    @Test
    void anEditMakesTheGridStaleAndComputingAgainAnswersTheNewDiagram() throws Exception {
        DiagramDocument doc = new DiagramDocument(sample("ec2-to-rds"));
        MatrixViewModel vm = vm(doc);
        vm.serviceProperty().set("tcp/3306");
        vm.compute();
        await(() -> !vm.runningProperty().get());
        MatrixGrid before = vm.gridProperty().get();
        int web = indexOf(before, true, WEB_ENI);
        int db = indexOf(before, false, DB_ENI);
        assertFalse(vm.staleProperty().get());
        doc.perform(new RemoveSecurityGroupRuleEdit(DB_SG, true, 0));
        assertTrue(vm.staleProperty().get(), "the grid shown answers the diagram before the edit");
        assertEquals(MatrixVerdict.REACHABLE, vm.gridProperty().get().verdict(web, db));
        vm.compute();
        await(() -> !vm.runningProperty().get());
        assertFalse(vm.staleProperty().get());
        assertEquals(MatrixVerdict.UNREACHABLE, vm.gridProperty().get().verdict(web, db), "the database group lost its rule");
        doc.undo();
        assertTrue(vm.staleProperty().get());
    }

    @Test
    void cancelStopsARunAndKeepsTheGridShown() throws Exception {
        DiagramDocument doc = new DiagramDocument(sample("ec2-to-rds"));
        MatrixViewModel vm = vm(doc);
        vm.compute();
        await(() -> !vm.runningProperty().get());
        MatrixGrid shown = vm.gridProperty().get();
        // Hold the worker so the next run is still queued when Cancel comes.
        CountDownLatch hold = new CountDownLatch(1);
        worker.submit(() -> {
            hold.await();
            return null;
        });
        vm.serviceProperty().set("tcp/3306");
        assertTrue(vm.compute());
        assertTrue(vm.runningProperty().get());
        vm.cancel();
        hold.countDown();
        assertFalse(vm.runningProperty().get());
        assertEquals(MESSAGES.getString("matrix.status.cancelled"), vm.statusProperty().get());
        worker.submit(() -> null).get(10, TimeUnit.SECONDS);
        assertEquals(shown, vm.gridProperty().get(), "a cancelled run publishes nothing");
    }

    @Test
    void aRunCancelledMidwayStopsBetweenRows() {
        Diagram d = sample("three-tier");
        SelectorResolver r = new SelectorResolver(d.model(), null);
        List<ReachEndpoint> all = MatrixTexts.interfaces(r, "all");
        AtomicBoolean cancelled = new AtomicBoolean();
        List<Long> progress = new ArrayList<>();
        assertThrows(CancellationException.class, () -> MatrixRun.compute(d.model(), MatrixService.parse("tcp/443"), all, all, 1,
                cancelled::get, n -> {
                    progress.add(n);
                    cancelled.set(true);
                }));
        assertEquals(1, progress.size(), "the first row's progress, then nothing: " + progress);
        assertTrue(progress.get(0) < (long) all.size() * all.size());
    }

    @Test
    void anotherDiagramForgetsTheGrid() throws Exception {
        DiagramDocument doc = new DiagramDocument(sample("ec2-to-rds"));
        MatrixViewModel vm = vm(doc);
        vm.compute();
        await(() -> !vm.runningProperty().get());
        doc.replace(sample("three-tier"), null);
        assertNull(vm.gridProperty().get());
        assertFalse(vm.staleProperty().get());
    }
}
