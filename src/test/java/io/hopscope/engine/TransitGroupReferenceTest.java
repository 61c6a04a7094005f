package io.hopscope.engine;

import static io.hopscope.testing.engine.TraceAssertions.assertBlocked;
import static io.hopscope.testing.engine.TraceAssertions.trace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.check.ModelValidator;
import io.hopscope.check.Problem;
import io.hopscope.io.format.DiagramReader;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.SecurityGroup;
import io.hopscope.model.SgPeer;
import io.hopscope.model.SgRule;
import io.hopscope.model.TransitGateway;
import io.hopscope.model.TransitGatewayAttachment;
import io.hopscope.model.net.PortRange;
import io.hopscope.model.net.Protocol;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rulebook 7.8 [TGWSGR]: an inbound rule may name a group of a VPC on the other side of a transit
 * gateway only when the gateway enables security group referencing; outbound rules never may.
 * The hub-and-spoke sample with shared-sg admitting HTTPS from app-sg (in spoke-app) by reference.
 */
class TransitGroupReferenceTest {

    private static final String TGW = "tgw-0a1b2c3d4e5f61119";
    private static final String SHARED_SG = "sg-0a1b2c3d4e5f61110";
    private static final String APP_SG = "sg-0a1b2c3d4e5f61111";
    private static final String ATT_APP = "tgw-attach-0a1b2c3d4e5f6111b";

    private NetworkModel byReference;

    @BeforeEach
    void sharedAdmitsTheAppGroupByReference() throws Exception {
        NetworkModel sample = DiagramReader.read(Path.of("diagrams", "tgw-hub-spoke.json")).diagram().model();
        SecurityGroup shared = sample.securityGroup(SHARED_SG);
        byReference = sample.with(shared.withInbound(List.of(
                new SgRule(Protocol.TCP, PortRange.single(443), null, SgPeer.group(APP_SG), "HTTPS from app-sg"))));
    }

    private NetworkModel referencing(NetworkModel m, boolean enabled) {
        TransitGateway g = m.transitGateways().get(0);
        return m.with(new TransitGateway(g.id(), g.name(), g.region(), enabled));
    }

    @Test
    void anInboundReferenceAcrossAGatewayWithReferencingOffMatchesNothing() {
        Trace t = trace(referencing(byReference, false), "app-1", "shared-1", "tcp", 443);
        assertBlocked(t.forward(), SHARED_SG, "no-matching-rule");
        assertTrue(warnings(referencing(byReference, false)).stream().anyMatch(p -> p.message().contains("unpeered")),
                "the validator says the reference matches nothing");
    }

    @Test
    void anInboundReferenceAcrossAGatewayWithReferencingOnAdmitsTheMembers() {
        NetworkModel m = referencing(byReference, true);
        Trace t = trace(m, "app-1", "shared-1", "tcp", 443);
        assertTrue(t.reachable(), t::toString);
        Hop admitted = t.forward().hops().get(t.forward().hops().size() - 1);
        assertEquals(SHARED_SG, admitted.componentId());
        assertEquals(Decision.ALLOW, admitted.decision());
        assertTrue(warnings(m).stream().noneMatch(p -> p.message().contains("unpeered")), warnings(m)::toString);
    }

    @Test
    void aReferenceNeedsBothVpcsAttachedAndAvailable() {
        NetworkModel m = referencing(byReference, true);
        TransitGatewayAttachment app = (TransitGatewayAttachment) m.find(ATT_APP).orElseThrow();
        NetworkModel pending = m.with(new TransitGatewayAttachment(app.id(), app.name(), app.transitGatewayId(),
                app.type(), app.resourceId(), "pending", app.routeTableId(), app.subnetIds(), app.peerAttachmentId(),
                app.creationTime()));
        assertFalse(trace(pending, "app-1", "shared-1", "tcp", 443).reachable());
        assertFalse(new io.hopscope.engine.index.ModelIndex(pending).transit()
                .referencesGroupsAcross("vpc-0a1b2c3d4e5f61101", "vpc-0a1b2c3d4e5f61102"));
    }

    @Test
    void anOutboundReferenceAcrossAGatewayNeverMatchesEvenWithReferencingOn() {
        NetworkModel m = referencing(byReference, true);
        // app-sg may only send HTTPS to shared-sg's members, named by reference.
        SecurityGroup app = m.securityGroup(APP_SG);
        m = m.with(app.withOutbound(List.of(
                new SgRule(Protocol.TCP, PortRange.single(443), null, SgPeer.group(SHARED_SG), "to shared-sg"))));
        Trace t = trace(m, "app-1", "shared-1", "tcp", 443);
        assertBlocked(t.forward(), APP_SG, "no-matching-rule");
        assertTrue(warnings(m).stream().anyMatch(p -> p.message().contains("outbound rule cannot reference")),
                warnings(m)::toString);
    }

    private static List<Problem> warnings(NetworkModel m) {
        return ModelValidator.validate(m);
    }
}
