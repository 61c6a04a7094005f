package io.hopscope.ui.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.SavedTrace;
import io.hopscope.edit.AddAclEntryEdit;
import io.hopscope.engine.Blocker;
import io.hopscope.engine.Trace;
import io.hopscope.engine.TraceQuery;
import io.hopscope.engine.walk.Tracer;
import io.hopscope.io.format.DiagramReader;
import io.hopscope.io.trace.TraceTextWriter;
import io.hopscope.model.AclEntry;
import io.hopscope.model.RuleAction;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.PortRange;
import io.hopscope.model.net.Protocol;
import io.hopscope.ui.common.DiagramDocument;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The trace explorer's state, without a JavaFX toolkit, on the ec2-to-rds sample diagrams. */
class TraceViewModelTest {

    static final String GOOD_DB_NACL = "acl-0a1b2c3d4e5f6000a";
    static final String BROKEN_DB_NACL = "acl-0a1b2c3d4e5f6010a";
    static final ResourceBundle MESSAGES = ResourceBundle.getBundle("io.hopscope.i18n.messages", Locale.ROOT);

    static Diagram sample(String name) {
        return DiagramReader.read(Path.of("diagrams", name + ".json")).diagram();
    }

    private static TraceViewModel tracing(DiagramDocument doc, String from, String to, String port) {
        TraceViewModel vm = new TraceViewModel(doc, MESSAGES);
        vm.fromProperty().set(from);
        vm.toProperty().set(to);
        vm.portProperty().set(port);
        vm.traceNow();
        return vm;
    }

    @Test
    void theRuleColumnSaysASecurityGroupRuleInKoreanAndKeepsNaclNumbers() {
        DiagramDocument doc = new DiagramDocument(sample("ec2-to-rds"));
        TraceViewModel vm = new TraceViewModel(doc, ResourceBundle.getBundle("io.hopscope.i18n.messages", Locale.KOREAN));
        vm.fromProperty().set("web-1");
        vm.toProperty().set("orders-db");
        vm.portProperty().set("3306");
        vm.traceNow();
        HopRow dbGroup = vm.getRows().stream()
                .filter(r -> !r.reply() && r.hop().kind().wireName().equals("security-group") && !r.hop().direction().isEgress())
                .findFirst().orElseThrow();
        assertTrue(dbGroup.rule().startsWith("tcp 3306 from "), "the contract's English stays: " + dbGroup.rule());
        String peer = dbGroup.rule().substring("tcp 3306 from ".length());
        assertEquals(peer + "에서 오는 tcp 3306", dbGroup.ruleSaid());
        HopRow nacl = vm.getRows().stream().filter(r -> r.hop().kind().wireName().equals("network-acl")).findFirst().orElseThrow();
        assertEquals(nacl.rule(), nacl.ruleSaid(), "a NACL rule number reads the same in every language");
    }

    @Test
    void webToDatabaseOnMysqlListsRequestHopsThenReplyHopsAndBothArrive() {
        TraceViewModel vm = tracing(new DiagramDocument(sample("ec2-to-rds")), "web-1", "orders-db", "3306");

        assertTrue(vm.getTrace().reachable());
        assertEquals("Request reaches orders-db; reply reaches web-1", vm.getVerdict());
        assertEquals(10, vm.getRows().size());
        assertEquals(List.of(false, false, false, false, false, true, true, true, true, true),
                vm.getRows().stream().map(HopRow::reply).toList());
        assertEquals(0, vm.currentIndexProperty().get(), "a new trace starts on its first hop");
        assertTrue(vm.getBlockers().isEmpty());
        HopRow replyIn = vm.getRows().get(8);
        assertEquals("110", replyIn.rule(), "web-nacl inbound 110 lets the reply in");
        assertEquals("tcp 10.0.2.45:3306 -> 10.0.1.10:40000", replyIn.packet());
    }

    @Test
    void brokenReturnIsDroppedAtTheDatabaseNaclByTheStarRuleWithAFix() {
        TraceViewModel vm = tracing(new DiagramDocument(sample("ec2-to-rds-broken-return")), "web-1", "orders-db", "3306");

        assertFalse(vm.getTrace().reachable());
        assertEquals("Request reaches orders-db; reply dropped at db-nacl (" + BROKEN_DB_NACL + "), rule *", vm.getVerdict());
        HopRow drop = vm.getRows().get(vm.getRows().size() - 1);
        assertTrue(drop.reply() && drop.blocks());
        assertEquals(BROKEN_DB_NACL, drop.hop().componentId());
        assertEquals("*", drop.rule());
        assertEquals("\u2717", drop.mark());
        Blocker blocker = vm.getBlockers().get(0);
        assertTrue(blocker.onReply());
        assertFalse(blocker.fixes().isEmpty());
    }

    @Test
    void applyingTheFixTurnsTheTraceGreenAndUndoTurnsItRedAgain() {
        DiagramDocument doc = new DiagramDocument(sample("ec2-to-rds-broken-return"));
        TraceViewModel vm = tracing(doc, "web-1", "orders-db", "3306");

        vm.applyFix(vm.getBlockers().get(0).fixes().get(0));
        assertTrue(vm.getTrace().reachable(), "the live re-trace ran after the fix");
        assertTrue(doc.canUndoProperty().get());
        assertTrue(vm.getBlockers().isEmpty());

        doc.undo();
        assertFalse(vm.getTrace().reachable());
        assertEquals(BROKEN_DB_NACL, vm.getTrace().reply().blockedAt());
    }

    @Test
    void anEditThroughTheDocumentRetracesAtOnce() {
        DiagramDocument doc = new DiagramDocument(sample("ec2-to-rds"));
        TraceViewModel vm = tracing(doc, "web-1", "orders-db", "3306");
        vm.last();

        doc.perform(new AddAclEntryEdit(GOOD_DB_NACL, new AclEntry(50, false, Protocol.TCP, new PortRange(3306, 3306),
                null, Cidr.parse("10.0.1.0/24"), RuleAction.DENY)));

        assertFalse(vm.getTrace().forward().delivered());
        assertEquals("Request dropped at db-nacl (" + GOOD_DB_NACL + "), rule 50; no reply (the request never arrives)",
                vm.getVerdict());
        assertEquals(vm.getRows().size() - 1, vm.currentIndexProperty().get(), "the hop index is kept within the new list");
    }

    @Test
    void stepsStayWithinTheHopsAndTheExplanationFollowsTheCurrentHop() {
        TraceViewModel vm = tracing(new DiagramDocument(sample("ec2-to-rds-broken-return")), "web-1", "orders-db", "3306");
        assertFalse(vm.previous());
        assertTrue(vm.next());
        assertEquals(1, vm.currentIndexProperty().get());
        vm.last();
        assertFalse(vm.next());
        HopRow last = vm.getCurrentRow();
        assertEquals(last.hop().explanation(), vm.explanationProperty().get());
        assertTrue(vm.explanationProperty().get().contains("ephemeral port"));
        assertTrue(vm.hopTitleProperty().get().startsWith("Hop 7 of 7 · reply · Network ACL db-nacl"));
        vm.first();
        assertEquals(0, vm.currentIndexProperty().get());
    }

    @Test
    void badQuestionsShowAnErrorAndStopLiveRetracing() {
        DiagramDocument doc = new DiagramDocument(sample("ec2-to-rds"));
        TraceViewModel vm = tracing(doc, "web-1", "", "3306");
        assertEquals("Choose a source and a destination.", vm.errorProperty().get());

        vm.toProperty().set("orders-db");
        vm.portProperty().set("");
        vm.traceNow();
        assertEquals("Give a destination port for tcp or udp.", vm.errorProperty().get());

        vm.toProperty().set("no-such-thing");
        vm.portProperty().set("3306");
        vm.traceNow();
        assertFalse(vm.errorProperty().get().isEmpty(), "the engine's message is shown");
        assertNull(vm.getTrace());
        assertTrue(vm.getRows().isEmpty());
        assertNull(vm.shownQuery());
    }

    @Test
    void clientProfilesSetTheSourcePortAndIcmpNeedsNoPort() {
        TraceViewModel vm = new TraceViewModel(new DiagramDocument(sample("ec2-to-rds")), MESSAGES);
        vm.fromProperty().set("web-1");
        vm.toProperty().set("orders-db");
        vm.usePreset(PortPreset.MYSQL);
        vm.clientProperty().set(ClientChoice.WINDOWS);
        assertEquals(TraceQuery.of("web-1", "orders-db", Protocol.TCP, 3306).withSourcePort(50000), vm.buildQuery());
        vm.clientProperty().set(ClientChoice.CUSTOM);
        vm.customSourcePortProperty().set("1500");
        assertEquals(1500, vm.buildQuery().sourcePort());
        vm.clientProperty().set(ClientChoice.SOURCE_DEFAULT);
        assertNull(vm.buildQuery().sourcePort(), "the engine takes the source's own profile");
        vm.protocolProperty().set("icmp");
        assertNull(vm.buildQuery().port());
        vm.protocolProperty().set("all");
        vm.traceNow();
        assertEquals("", vm.errorProperty().get());
        assertEquals("all", vm.getTrace().query().protocol().label());
    }

    @Test
    void pickingTheDestinationTakesOnlyTraceEndsAndThenTraces() {
        TraceViewModel vm = new TraceViewModel(new DiagramDocument(sample("ec2-to-rds")), MESSAGES);
        vm.portProperty().set("3306");
        vm.traceFrom("i-0a1b2c3d4e5f60010");
        assertTrue(vm.pickingDestinationProperty().get(), "no destination yet: picking starts");
        assertFalse(vm.shapePicked("subnet-0a1b2c3d4e5f60004"), "a subnet is not a trace end");
        assertTrue(vm.shapePicked("orders-db"));
        assertFalse(vm.pickingDestinationProperty().get());
        assertTrue(vm.getTrace().reachable());
    }

    @Test
    void exportIsTheCliTextAndJson() throws Exception {
        Diagram d = sample("ec2-to-rds-broken-return");
        TraceViewModel vm = tracing(new DiagramDocument(d), "web-1", "orders-db", "3306");
        Trace direct = new Tracer(d.model()).trace(vm.shownQuery());
        assertEquals(TraceTextWriter.write(direct), vm.exportText());
        JsonNode json = new ObjectMapper().readTree(vm.exportJson());
        assertFalse(json.get("reachable").asBoolean());
        assertEquals(BROKEN_DB_NACL, json.get("return").get("blockedAt").asText());
    }

    @Test
    void endpointChoicesOfferWorkloadsAndOutsideEndpointsByName() {
        TraceViewModel vm = new TraceViewModel(new DiagramDocument(sample("ec2-to-rds")), MESSAGES);
        assertTrue(vm.getEndpointChoices().containsAll(List.of("web-1", "orders-db")));
        assertTrue(vm.getEndpointChoices().size() >= 3, "the internet client is offered too");
    }

    @Test
    void openingAnotherFileClearsTheTrace() {
        DiagramDocument doc = new DiagramDocument(sample("ec2-to-rds"));
        TraceViewModel vm = tracing(doc, "web-1", "orders-db", "3306");
        doc.replace(sample("ec2-to-rds-broken-return"), Path.of("other.json"));
        assertNull(vm.getTrace());
        assertNull(vm.shownQuery());
    }

    @Test
    void keptTracesAreSavedInTheDiagramUndoableAndRunAgainFromTheList() {
        DiagramDocument doc = new DiagramDocument(sample("ec2-to-rds"));
        TraceViewModel vm = tracing(doc, "web-1", "orders-db", "3306");
        vm.clientProperty().set(ClientChoice.CUSTOM);
        vm.customSourcePortProperty().set("33000");
        vm.traceNow();
        vm.keepShown();

        SavedTrace kept = new SavedTrace("web-1", "orders-db", Protocol.TCP, 3306, 33000);
        assertEquals(List.of(kept), doc.getDiagram().traces());
        assertEquals(List.of(kept), vm.getKeptTraces());
        assertTrue(doc.isDirty());
        assertTrue(io.hopscope.io.format.DiagramWriter.toJson(doc.getDiagram()).contains("\"sourcePort\": 33000"));

        vm.clear();
        vm.fromProperty().set("");
        vm.runKept(kept);
        assertEquals("web-1", vm.fromProperty().get());
        assertEquals(ClientChoice.CUSTOM, vm.clientProperty().get());
        assertEquals(33000, vm.getTrace().query().sourcePort());

        vm.forget(kept);
        assertTrue(vm.getKeptTraces().isEmpty());
        doc.undo();
        assertEquals(List.of(kept), vm.getKeptTraces());
    }
}
