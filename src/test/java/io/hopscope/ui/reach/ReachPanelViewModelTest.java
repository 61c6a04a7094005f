package io.hopscope.ui.reach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.diagram.Diagram;
import io.hopscope.edit.RemoveSecurityGroupRuleEdit;
import io.hopscope.engine.Trace;
import io.hopscope.engine.TraceQuery;
import io.hopscope.engine.Verdict;
import io.hopscope.engine.walk.Tracer;
import io.hopscope.io.format.DiagramReader;
import io.hopscope.ui.common.DiagramDocument;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The reachability panel's state without a toolkit, on the ec2-to-rds sample. */
class ReachPanelViewModelTest {
    static final ResourceBundle MESSAGES = ResourceBundle.getBundle("io.hopscope.i18n.messages", Locale.ROOT);
    static final String WEB_SG = "sg-0a1b2c3d4e5f6000c";
    static final String DB_SG = "sg-0a1b2c3d4e5f6000d";
    static final String WEB = "i-0a1b2c3d4e5f60010";

    private final ExecutorService worker = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        worker.shutdownNow();
    }

    static Diagram sample(String name) {
        return DiagramReader.read(Path.of("diagrams", name + ".json")).diagram();
    }

    /** Publishes on the worker thread; the test waits for the run to end. */
    private ReachPanelViewModel vm(DiagramDocument doc) {
        return new ReachPanelViewModel(doc, MESSAGES, worker, Runnable::run);
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

    private static void settle(ReachPanelViewModel vm) throws InterruptedException {
        Thread.sleep(20);
        await(() -> !vm.runningProperty().get());
    }

    @Test
    void whoCanReachTheDatabaseIsTheWebServerOnMysqlOnly() throws Exception {
        DiagramDocument doc = new DiagramDocument(sample("ec2-to-rds"));
        ReachPanelViewModel vm = vm(doc);
        vm.ask("orders-db", ReachDirection.WHO_CAN_REACH);
        assertEquals("Who can reach orders-db?", vm.titleProperty().get());
        settle(vm);
        List<ReachRow> rows = List.copyOf(vm.getRows());
        assertEquals(1, rows.size(), rows.toString());
        ReachRow r = rows.get(0);
        assertTrue(r.source().contains("web-1"), r.source());
        assertEquals("tcp", r.protocol());
        assertEquals("3306", r.ports());
        assertEquals(Verdict.REACHABLE, r.verdict());
        assertTrue(r.allowedBy().contains(DB_SG), r.allowedBy());
        assertEquals("1 rows from 1 sources", vm.statusProperty().get());
        assertEquals(java.util.Set.of(WEB), vm.highlightProperty().get().sources());
        assertEquals(java.util.Set.of("orders-db"), vm.highlightProperty().get().targets());
    }

    /** A Korean window: the internet, "all" and the allowing security group rule are Korean words. */
    @Test
    void aKoreanPanelSaysTheInternetAndTheAllowingRuleInKorean() throws Exception {
        DiagramDocument doc = new DiagramDocument(sample("ec2-to-rds"));
        ReachPanelViewModel vm = new ReachPanelViewModel(doc,
                ResourceBundle.getBundle("io.hopscope.i18n.messages", Locale.KOREAN), worker, Runnable::run);
        vm.ask(WEB, ReachDirection.WHO_CAN_REACH);
        settle(vm);
        ReachRow internet = vm.getRows().stream().filter(r -> r.source().equals("인터넷")).findFirst()
                .orElseThrow(() -> new AssertionError(vm.getRows().toString()));
        assertEquals("443", internet.ports());
        assertTrue(internet.allowedBy().contains(WEB_SG + " 0.0.0.0/0에서 오는 tcp 443"), internet.allowedBy());
        assertFalse(internet.allowedBy().contains(" from "), internet.allowedBy());
    }

    @Test
    void aRowsExamplePacketTracesToTheRowsVerdict() throws Exception {
        DiagramDocument doc = new DiagramDocument(sample("ec2-to-rds"));
        ReachPanelViewModel vm = vm(doc);
        AtomicReference<TraceQuery> traced = new AtomicReference<>();
        vm.setTracer(traced::set);
        vm.ask(WEB, ReachDirection.WHO_CAN_REACH);
        settle(vm);
        ReachRow internet = vm.getRows().stream().filter(r -> r.source().equals("internet")).findFirst().orElseThrow();
        assertEquals("443", internet.ports());
        vm.traceRow(internet);
        assertNotNull(traced.get());
        Trace t = new Tracer(doc.getDiagram().model()).trace(traced.get());
        assertEquals(Verdict.REACHABLE, t.verdict());
        assertEquals(443, t.query().destinationPort());
        assertFalse(t.query().sourceIp().isPrivateIpv4(), "an internet host, not a private address");
    }

    @Test
    void whatTheWebServerCanReachIncludesTheDatabase() throws Exception {
        DiagramDocument doc = new DiagramDocument(sample("ec2-to-rds"));
        ReachPanelViewModel vm = vm(doc);
        vm.ask(WEB, ReachDirection.WHAT_CAN_IT_REACH);
        assertEquals("What can web-1 reach?", vm.titleProperty().get());
        settle(vm);
        assertTrue(vm.getRows().stream().anyMatch(r -> r.destination().contains("orders-db") && r.ports().equals("3306")),
                vm.getRows().toString());
    }

    @Test
    void anEditAsksAgainAndAnUndoBringsTheOldAnswerBack() throws Exception {
        DiagramDocument doc = new DiagramDocument(sample("ec2-to-rds"));
        ReachPanelViewModel vm = vm(doc);
        vm.ask("orders-db", ReachDirection.WHO_CAN_REACH);
        settle(vm);
        assertEquals(1, vm.getRows().size());
        doc.perform(new RemoveSecurityGroupRuleEdit(DB_SG, true, 0));
        settle(vm);
        assertTrue(vm.getRows().isEmpty(), vm.getRows().toString());
        assertEquals(MESSAGES.getString("reach.status.noneWho"), vm.statusProperty().get());
        doc.undo();
        settle(vm);
        assertEquals(1, vm.getRows().size());
    }

    @Test
    void aNewQuestionDropsTheAnswerOfTheOldOne() throws Exception {
        DiagramDocument doc = new DiagramDocument(sample("ec2-to-rds"));
        ReachPanelViewModel vm = vm(doc);
        vm.ask(WEB, ReachDirection.WHAT_CAN_IT_REACH);
        vm.ask("orders-db", ReachDirection.WHO_CAN_REACH);
        settle(vm);
        assertEquals(1, vm.getRows().size(), vm.getRows().toString());
        assertTrue(vm.getRows().get(0).destination().contains("orders-db"));
    }

    @Test
    void cancelStopsTheRunAndKeepsTheRows() throws Exception {
        DiagramDocument doc = new DiagramDocument(sample("ec2-to-rds"));
        ReachPanelViewModel vm = vm(doc);
        // The worker is held busy so the question is still queued when Cancel comes: on an idle
        // machine this small answer could otherwise be published before cancel() runs.
        java.util.concurrent.CountDownLatch gate = new java.util.concurrent.CountDownLatch(1);
        worker.submit(() -> {
            gate.await();
            return null;
        });
        vm.ask("orders-db", ReachDirection.WHO_CAN_REACH);
        vm.cancel();
        gate.countDown();
        assertFalse(vm.runningProperty().get());
        assertEquals(MESSAGES.getString("reach.status.cancelled"), vm.statusProperty().get());
        Thread.sleep(50);
        assertEquals(MESSAGES.getString("reach.status.cancelled"), vm.statusProperty().get(), "the cancelled run never publishes");
    }

    @Test
    void portsNeedTcpOrUdpAndAnImpossiblePortIsSaid() throws Exception {
        DiagramDocument doc = new DiagramDocument(sample("ec2-to-rds"));
        ReachPanelViewModel vm = vm(doc);
        vm.protocolProperty().set("icmp");
        vm.portsProperty().set("22");
        vm.ask("orders-db", ReachDirection.WHO_CAN_REACH);
        assertEquals(MESSAGES.getString("reach.error.portsNeedProtocol"), vm.statusProperty().get());
        vm.protocolProperty().set("tcp");
        vm.portsProperty().set("70000");
        vm.rerun();
        assertTrue(vm.statusProperty().get().contains("70000"), vm.statusProperty().get());
        vm.portsProperty().set("3306");
        vm.rerun();
        settle(vm);
        assertEquals(1, vm.getRows().size());
    }

    @Test
    void anUnknownProtocolIsSaidInTheUiLanguage() {
        DiagramDocument doc = new DiagramDocument(sample("ec2-to-rds"));
        ReachPanelViewModel vm = new ReachPanelViewModel(doc,
                ResourceBundle.getBundle("io.hopscope.i18n.messages", Locale.KOREAN), worker, Runnable::run);
        vm.protocolProperty().set("tcpx");
        vm.ask("orders-db", ReachDirection.WHO_CAN_REACH);
        assertEquals("'tcpx'은(는) 프로토콜이 아님(tcp, udp, icmp, icmpv6, all 또는 0-255)", vm.statusProperty().get());
        ReachPanelViewModel english = vm(doc);
        english.protocolProperty().set("tcpx");
        english.ask("orders-db", ReachDirection.WHO_CAN_REACH);
        assertEquals("'tcpx' is not a protocol (tcp, udp, icmp, icmpv6, all or 0-255)", english.statusProperty().get());
    }

    @Test
    void aSubnetAndASecurityGroupAreSubjectsAndARouteTableIsNot() {
        DiagramDocument doc = new DiagramDocument(sample("ec2-to-rds"));
        ReachPanelViewModel vm = vm(doc);
        assertTrue(vm.canAsk(WEB_SG));
        assertTrue(vm.canAsk("subnet-0a1b2c3d4e5f60003") || vm.canAsk("subnet-0a1b2c3d4e5f60004"));
        assertFalse(vm.canAsk("rtb-0a1b2c3d4e5f60006"));
        assertFalse(vm.canAsk(null));
    }
}
