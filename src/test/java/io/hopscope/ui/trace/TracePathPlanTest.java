package io.hopscope.ui.trace;

import io.hopscope.export.HopShapes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.diagram.Diagram;
import io.hopscope.engine.Hop;
import io.hopscope.diagram.render.TraceLeg;
import io.hopscope.ui.common.DiagramDocument;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Which shapes stand for hops, and the legs drawn on the canvas, on the broken-return sample. */
class TracePathPlanTest {

    static final String WEB = "i-0a1b2c3d4e5f60110";
    static final String WEB_SUBNET = "subnet-0a1b2c3d4e5f60103";
    static final String DB_SUBNET = "subnet-0a1b2c3d4e5f60104";
    static final String DB = "orders-db";
    static final String VPC = "vpc-0a1b2c3d4e5f60101";

    private final Diagram diagram = TraceViewModelTest.sample("ec2-to-rds-broken-return");
    private final Predicate<String> laidOut = id -> diagram.layout().shape(id) != null;

    private TraceViewModel traced() {
        TraceViewModel vm = new TraceViewModel(new DiagramDocument(diagram), TraceViewModelTest.MESSAGES);
        vm.fromProperty().set("web-1");
        vm.toProperty().set("orders-db");
        vm.portProperty().set("3306");
        vm.traceNow();
        return vm;
    }

    private Hop hop(TraceViewModel vm, String type, String direction, boolean reply) {
        return vm.getRows().stream().filter(r -> r.reply() == reply && r.hop().componentType().equals(type)
                && java.util.Objects.equals(r.hop().direction() == null ? null : r.hop().direction().wireName(), direction)).findFirst().orElseThrow().hop();
    }

    @Test
    void filtersAreShownOnWhatTheyGuardAndTablesOnTheSubnetTheyRoute() {
        TraceViewModel vm = traced();
        HopShapes shapes = new HopShapes(diagram.model());
        assertEquals(WEB, shapes.shapeFor(hop(vm, "security-group", "egress", false), laidOut), "an SG is a badge on its workload");
        assertEquals(WEB_SUBNET, shapes.shapeFor(hop(vm, "network-acl", "egress", false), laidOut), "leaving web-a");
        assertEquals(DB_SUBNET, shapes.shapeFor(hop(vm, "network-acl", "ingress", false), laidOut), "entering db-a");
        assertEquals(WEB_SUBNET, shapes.shapeFor(hop(vm, "route-table", null, false), laidOut));
        assertEquals(DB, shapes.shapeFor(hop(vm, "security-group", "ingress", false), laidOut));
        assertEquals(DB_SUBNET, shapes.shapeFor(hop(vm, "network-acl", "egress", true), laidOut), "the reply leaves db-a");
    }

    @Test
    void aHopWithoutAnyDrawnShapeFallsBackToItsContainer() {
        TraceViewModel vm = traced();
        HopShapes shapes = new HopShapes(diagram.model());
        Predicate<String> onlyVpc = Set.of(VPC)::contains;
        assertEquals(VPC, shapes.shapeFor(hop(vm, "route-table", null, false), onlyVpc));
        assertEquals(null, shapes.shapeFor(hop(vm, "network-acl", "egress", false), onlyVpc));
    }

    @Test
    void thePathGoesThereAndBackAndTheDroppingLegIsRed() {
        TraceViewModel vm = traced();
        HopShapes shapes = new HopShapes(diagram.model());
        int last = vm.getRows().size() - 1;
        TracePathPlan plan = TracePathPlan.of(vm.getTrace().query(), vm.getRows(), last, shapes, laidOut);

        assertEquals(List.of(
                new TraceLeg(WEB, WEB_SUBNET, true, false),
                new TraceLeg(WEB_SUBNET, DB_SUBNET, true, false),
                new TraceLeg(DB_SUBNET, DB, true, false),
                new TraceLeg(DB, DB_SUBNET, false, true)), plan.legs());
        assertEquals(DB_SUBNET, plan.currentShapeId());
        assertTrue(plan.currentBlocked());
    }

    @Test
    void onlyTheHopsUpToTheCurrentOneAreDrawn() {
        TraceViewModel vm = traced();
        TracePathPlan plan = TracePathPlan.of(vm.getTrace().query(), vm.getRows(), 1,
                new HopShapes(diagram.model()), laidOut);
        assertEquals(List.of(new TraceLeg(WEB, WEB_SUBNET, true, false)), plan.legs());
        assertFalse(plan.currentBlocked());
        assertEquals(TracePathPlan.NONE, TracePathPlan.of(vm.getTrace().query(), vm.getRows(), -1,
                new HopShapes(diagram.model()), laidOut));
    }

    @Test
    void aGatewayHopIsDrawnOnTheGatewayAndTheInternetClientStartsThePath() {
        Diagram good = TraceViewModelTest.sample("ec2-to-rds");
        TraceViewModel vm = new TraceViewModel(new DiagramDocument(good), TraceViewModelTest.MESSAGES);
        vm.fromProperty().set("internet-host");
        vm.toProperty().set("web-1");
        vm.portProperty().set("443");
        vm.traceNow();
        Predicate<String> drawn = id -> good.layout().shape(id) != null;
        int lastRequestHop = vm.getTrace().forward().hops().size() - 1;
        TracePathPlan plan = TracePathPlan.of(vm.getTrace().query(), vm.getRows(), lastRequestHop,
                new HopShapes(good.model()), drawn);
        assertEquals(List.of(
                new TraceLeg("internet-host", "igw-0a1b2c3d4e5f60002", true, false),
                new TraceLeg("igw-0a1b2c3d4e5f60002", "subnet-0a1b2c3d4e5f60003", true, false),
                new TraceLeg("subnet-0a1b2c3d4e5f60003", "i-0a1b2c3d4e5f60010", true, false)), plan.legs());
        assertEquals("i-0a1b2c3d4e5f60010", plan.currentShapeId());
    }
}
