package io.hopscope.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.diagram.Diagram;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Resource;
import io.hopscope.model.VpnConnection;
import io.hopscope.model.VpnGateway;
import io.hopscope.model.net.Cidr;
import io.hopscope.testing.samples.SampleDiagrams;
import io.hopscope.ui.common.DiagramDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Contradictory VPN data reaches the problems list with its JSON path and a message that says what to fix. */
class HybridRuleTest {

    private final Diagram sample = SampleDiagrams.hybridVpn();

    private String id(String name) {
        return sample.model().allResources().stream().filter(r -> r.name().equals(name)).map(Resource::id)
                .findFirst().orElseThrow();
    }

    private List<Problem> about(NetworkModel m, String text) {
        return ModelValidator.validate(m).stream().filter(p -> p.message().contains(text)).toList();
    }

    @Test
    void theSampleHasNoVpnProblems() {
        assertEquals(List.of(), about(sample.model(), "VPN"));
    }

    @Test
    void overlappingPrefixesOnTwoVpnsOfOneGatewayAreAWarningOnTheLaterVpn() {
        VpnConnection v = sample.model().get(id("seoul-static"), VpnConnection.class);
        NetworkModel m = sample.model().with(new VpnConnection("vpn-0000000000000beef", "seoul-backup", v.vpnGatewayId(),
                null, id("busan-router"), true, List.of(Cidr.parse("172.16.8.0/24")), null));
        List<Problem> found = about(m, "overlapping on-premises prefixes");
        assertEquals(1, found.size(), found.toString());
        Problem p = found.get(0);
        assertEquals(Severity.WARNING, p.severity());
        assertEquals("vpn-0000000000000beef", p.resourceId());
        assertTrue(p.location().endsWith("vpnConnections[2].staticRoutes"), p.location());
        assertTrue(p.message().contains("172.16.0.0/16") && p.message().contains("172.16.8.0/24"), p.message());
    }

    @Test
    void aVpnNamingAMissingGatewayShowsInTheDocumentsProblems() {
        VpnConnection v = sample.model().get(id("busan-bgp"), VpnConnection.class);
        NetworkModel m = sample.model().with(new VpnConnection(v.id(), v.name(), "vgw-00000000000000404", null,
                v.customerGatewayId(), false, List.of(), null));
        DiagramDocument doc = new DiagramDocument(sample.withModel(m));
        Problem p = doc.getProblems().stream().filter(x -> v.id().equals(x.resourceId())).findFirst().orElseThrow();
        assertTrue(p.isError());
        assertTrue(p.message().contains("vgw-00000000000000404"), p.message());
        assertTrue(p.location().endsWith(".vpnGateway"), p.location());
    }

    @Test
    void aSecondGatewayInOneVpcIsAnError() {
        NetworkModel m = sample.model().with(new VpnGateway("vgw-0000000000000aaaa", "spare", id("plant-link")));
        List<Problem> found = about(m, "one at most");
        assertEquals(1, found.size());
        assertTrue(found.get(0).isError());
    }
}
