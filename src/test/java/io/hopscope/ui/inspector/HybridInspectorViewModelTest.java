package io.hopscope.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.model.CustomerGateway;
import io.hopscope.model.Resource;
import io.hopscope.model.VpnConnection;
import io.hopscope.model.net.Cidr;
import io.hopscope.testing.samples.SampleDiagrams;
import io.hopscope.ui.common.DiagramDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The VPN, customer gateway and propagation view models, without a toolkit, on the hybrid-vpn sample. */
class HybridInspectorViewModelTest {

    private final DiagramDocument doc = new DiagramDocument(SampleDiagrams.hybridVpn());

    private String id(String name) {
        return doc.getDiagram().model().allResources().stream().filter(r -> r.name().equals(name)).map(Resource::id)
                .findFirst().orElseThrow();
    }

    private HybridInspectorViewModel vm(String name) {
        return new HybridInspectorViewModel(doc, InspectorFixture.english(), id(name));
    }

    @Test
    void aStaticVpnShowsItsGatewaysRoutingRoutesAndState() {
        HybridInspectorViewModel vm = vm("seoul-static");
        assertEquals("VPN connection", vm.titleProperty().get());
        assertEquals(id("plant-vgw"), vm.field("vpnGateway").textProperty().get());
        assertEquals(id("seoul-router"), vm.field("vpnCustomerGateway").textProperty().get());
        assertEquals("true", vm.field("vpnStaticOnly").textProperty().get());
        assertEquals("172.16.0.0/16", vm.field("vpnRoutes").textProperty().get());
        assertEquals("available", vm.field("vpnState").textProperty().get());
    }

    @Test
    void aBgpVpnShowsTheAdvertisedPrefixesReadOnly() {
        HybridInspectorViewModel vm = vm("busan-bgp");
        assertNull(vm.field("vpnRoutes"));
        assertEquals("10.200.0.0/16", vm.field("vpnAdvertised").textProperty().get());
        assertEquals(FieldKind.READ_ONLY, vm.field("vpnAdvertised").kind());
    }

    @Test
    void addingAStaticRouteIsOneUndoStepThatAlsoReachesThePropagatingTable() {
        HybridInspectorViewModel vm = vm("seoul-static");
        PropertyField routes = vm.field("vpnRoutes");
        routes.textProperty().set("172.16.0.0/16, 172.17.0.0/16");
        assertEquals("", routes.getError());
        assertTrue(routes.commit());
        VpnConnection v = doc.getDiagram().model().get(id("seoul-static"), VpnConnection.class);
        assertEquals(List.of(Cidr.parse("172.16.0.0/16"), Cidr.parse("172.17.0.0/16")), v.staticRoutes());
        assertTrue(doc.getDiagram().model().routeTable(id("app-routes")).routes().stream()
                .anyMatch(r -> r.propagated() && "172.17.0.0/16".equals(r.destinationText())));
        assertEquals("172.16.0.0/16, 172.17.0.0/16", vm.field("vpnRoutes").textProperty().get(), "rebuilt from the model");
        doc.undo();
        assertFalse(doc.getDiagram().model().routeTable(id("app-routes")).routes().stream()
                .anyMatch(r -> "172.17.0.0/16".equals(r.destinationText())), "one undo takes both back");
    }

    @Test
    void badInputIsRefusedWithItsReason() {
        HybridInspectorViewModel vpn = vm("seoul-static");
        PropertyField routes = vpn.field("vpnRoutes");
        routes.textProperty().set("172.16.0.0/33");
        assertFalse(routes.getError().isEmpty());
        assertFalse(routes.commit());
        HybridInspectorViewModel cgw = vm("busan-router");
        PropertyField asn = cgw.field("cgwAsn");
        asn.textProperty().set("sixty-five");
        assertTrue(asn.getError().contains("not an ASN"), asn.getError());
        PropertyField ip = cgw.field("cgwIp");
        ip.textProperty().set("2001:db8::1");
        assertTrue(ip.getError().contains("IPv4"), ip.getError());
    }

    @Test
    void theCustomerGatewaysCidrsAreItsBgpPrefixes() {
        HybridInspectorViewModel vm = vm("busan-router");
        assertEquals("Customer gateway (on-premises network)", vm.titleProperty().get());
        PropertyField cidrs = vm.field("cgwCidrs");
        cidrs.textProperty().set("10.200.0.0/16, 10.201.0.0/16");
        assertTrue(cidrs.commit());
        assertEquals(2, doc.getDiagram().model().get(id("busan-router"), CustomerGateway.class).cidrs().size());
        assertTrue(doc.getDiagram().model().routeTable(id("app-routes")).routes().stream()
                .anyMatch(r -> r.propagated() && "10.201.0.0/16".equals(r.destinationText())));
    }

    @Test
    void theVpnGatewayShowsItsAttachmentItsVpnsAndTheTablesPropagatingIt() {
        HybridInspectorViewModel vm = vm("plant-vgw");
        assertEquals(id("plant-link"), vm.field("vgwVpc").textProperty().get());
        assertEquals("seoul-static, busan-bgp", vm.field("vgwVpns").textProperty().get());
        assertEquals("app-routes", vm.field("vgwPropagating").textProperty().get());
    }

    @Test
    void theRouteTableSwitchesPropagationAsOneUndoableStep() {
        RoutePropagationViewModel vm = new RoutePropagationViewModel(doc, InspectorFixture.english(), id("ops-routes"));
        PropertyField toggle = vm.toggle(id("plant-vgw"));
        assertNotNull(toggle);
        assertEquals("Propagate routes from plant-vgw", toggle.label());
        assertEquals("false", toggle.textProperty().get());
        toggle.textProperty().set("true");
        assertTrue(toggle.commit());
        assertEquals("true", vm.toggle(id("plant-vgw")).textProperty().get());
        assertTrue(doc.getDiagram().model().routeTable(id("ops-routes")).routes().stream()
                .anyMatch(r -> r.propagated() && "10.200.0.0/16".equals(r.destinationText())));
        assertEquals("Turn on route propagation from plant-vgw in ops-routes", doc.undoTextProperty().get());
        doc.undo();
        assertEquals("false", vm.toggle(id("plant-vgw")).textProperty().get());
        assertEquals(List.of(), doc.getDiagram().model().routeTable(id("ops-routes")).propagatingVgwIds());
        vm.dispose();
    }
}
