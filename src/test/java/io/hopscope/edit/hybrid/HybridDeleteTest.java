package io.hopscope.edit.hybrid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.check.ModelValidator;
import io.hopscope.diagram.Diagram;
import io.hopscope.edit.DeleteResourcesEdit;
import io.hopscope.edit.EditHistory;
import io.hopscope.io.format.DiagramReader;
import io.hopscope.model.DirectConnectGateway;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.VirtualInterface;
import io.hopscope.model.VpnConnection;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Deleting a gateway of a hybrid link leaves no VPN, virtual interface or association naming it. */
class HybridDeleteTest {

    private static final String VGW = "vgw-0a1b2c3d4e5f6120a";
    private static final String CGW = "cgw-0a1b2c3d4e5f6120b";

    private static Diagram sample() throws Exception {
        return DiagramReader.read(Path.of("diagrams", "hybrid-vpn.json")).diagram();
    }

    @Test
    void deletingTheVpnGatewayTakesItsVpnsAndItsPropagationsAndLeavesAValidModel() throws Exception {
        Diagram before = sample();
        EditHistory history = new EditHistory(before);
        history.perform(new DeleteResourcesEdit(Set.of(VGW)));
        NetworkModel m = history.current().model();
        assertTrue(m.vpnConnections().isEmpty(), m.vpnConnections()::toString);
        assertTrue(m.routeTables().stream().allMatch(t -> t.propagatingVgwIds().isEmpty()));
        assertFalse(ModelValidator.hasErrors(ModelValidator.validate(m)), ModelValidator.validate(m).toString());
        history.undo();
        assertEquals(before.model(), history.current().model());
    }

    @Test
    void deletingACustomerGatewayTakesTheVpnsToItOnly() throws Exception {
        NetworkModel before = sample().model();
        NetworkModel m = new DeleteResourcesEdit(Set.of(CGW)).apply(sample()).model();
        List<String> left = m.vpnConnections().stream().map(VpnConnection::id).toList();
        assertEquals(before.vpnConnections().stream().filter(v -> !CGW.equals(v.customerGatewayId()))
                .map(VpnConnection::id).toList(), left);
        assertFalse(left.isEmpty(), "the other customer gateway's VPN stays");
        assertFalse(ModelValidator.hasErrors(ModelValidator.validate(m)), ModelValidator.validate(m).toString());
    }

    @Test
    void deletingAGatewayDropsTheDirectConnectAssociationsAndInterfacesOnIt() throws Exception {
        NetworkModel base = sample().model();
        DirectConnectGateway dx = new DirectConnectGateway("dxgw-1", "dx", 64512L, "available", List.of(
                new DirectConnectGateway.Association("assoc-1", VGW, DirectConnectGateway.Association.VGW, List.of(), "associated")));
        VirtualInterface vif = new VirtualInterface("dxvif-1", "vif", "private", "available", VGW, null, 10, 65000L);
        NetworkModel withDx = base.toBuilder().add(dx).add(vif).build();
        Diagram d = new Diagram(sample().title(), sample().description(), withDx, sample().layout());
        NetworkModel m = new DeleteResourcesEdit(Set.of(VGW)).apply(d).model();
        DirectConnectGateway kept = m.find("dxgw-1").map(DirectConnectGateway.class::cast).orElseThrow();
        assertTrue(kept.associations().isEmpty(), kept.associations()::toString);
        assertTrue(m.find("dxvif-1").isEmpty(), "an interface on a deleted gateway goes with it");
        assertFalse(ModelValidator.hasErrors(ModelValidator.validate(m)), ModelValidator.validate(m).toString());
    }
}
