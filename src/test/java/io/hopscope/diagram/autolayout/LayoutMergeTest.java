package io.hopscope.diagram.autolayout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.diagram.Layout;
import io.hopscope.diagram.Note;
import io.hopscope.diagram.Shape;
import io.hopscope.io.aws.AwsImporter;
import io.hopscope.model.InterfaceType;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Subnet;
import io.hopscope.model.Vpc;
import io.hopscope.model.Workload;
import io.hopscope.model.WorkloadKind;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IpAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Re-layout after a re-import keeps what a person placed and fits in only what is new. */
class LayoutMergeTest {

    private static final NetworkModel NAT_SAMPLE = AwsImporter.importDirectory(
            AutoLayoutSamplesTest.SHARED.resolve("aws-samples/batfish-test-nat-gateway")).model();

    private static Workload instanceIn(NetworkModel m, String subnetId, String id, String name) {
        return new Workload(id, name, WorkloadKind.EC2, List.of("eni-" + id), null);
    }

    /** {@code m} with a new instance (and its interface) in {@code subnetId}. */
    private static NetworkModel withInstance(NetworkModel m, String subnetId, String id, String ip) {
        NetworkInterface eni = new NetworkInterface("eni-" + id, "", subnetId, InterfaceType.INSTANCE,
                List.of(IpAddress.parse(ip)), null, List.of(), List.of(), "");
        return m.toBuilder().add(eni).add(instanceIn(m, subnetId, id, id)).build();
    }

    /** The instance and its interfaces gone (an interface left alone would get a shape of its own). */
    private static NetworkModel withoutWorkload(NetworkModel m, Workload w) {
        NetworkModel.Builder b = m.toBuilder().remove(w.id());
        w.networkInterfaceIds().forEach(b::remove);
        return b.build();
    }

    private static Workload firstWorkload(NetworkModel m) {
        return m.workloads().get(0);
    }

    private static Subnet subnetOf(NetworkModel m, Workload w) {
        return m.subnet(m.networkInterface(w.networkInterfaceIds().get(0)).subnetId());
    }

    @Test
    void movedShapesStayWhereThePersonPutThem() {
        Layout auto = AutoLayout.layout(NAT_SAMPLE);
        Workload w = firstWorkload(NAT_SAMPLE);
        Shape subnet = auto.shape(subnetOf(NAT_SAMPLE, w).id());
        // Drag the instance to the bottom-right corner of its subnet.
        Shape moved = new Shape(w.id(), subnet.x() + subnet.width() - 160, subnet.y() + subnet.height() - 80, 140, 60);
        Layout edited = auto.with(moved).withNotes(List.of(new Note("n1", "mine", 0, 0, 100, 40)));

        Layout merged = AutoLayout.merge(NAT_SAMPLE, edited);

        assertEquals(edited.shapes(), merged.shapes(), "nothing changed in the model, nothing moves");
        assertEquals(edited.notes(), merged.notes());
    }

    @Test
    void newInstanceTakesTheFreedSlotOfARemovedOneWithoutMovingOthers() {
        Workload gone = firstWorkload(NAT_SAMPLE);
        Subnet subnet = subnetOf(NAT_SAMPLE, gone);
        Layout before = AutoLayout.layout(NAT_SAMPLE);
        NetworkModel after = withInstance(withoutWorkload(NAT_SAMPLE, gone), subnet.id(), "i-new",
                "10.1.0.99");

        Layout merged = AutoLayout.merge(after, before);

        assertEquals(before.shape(gone.id()).x(), merged.shape("i-new").x());
        assertEquals(before.shape(gone.id()).y(), merged.shape("i-new").y());
        for (Shape s : before.shapes().values()) {
            if (s.resourceId().equals(gone.id())) {
                continue;
            }
            Shape now = merged.shape(s.resourceId());
            assertTrue(now.x() == s.x() && now.y() == s.y(), s.resourceId() + " moved from " + s + " to " + now);
        }
        assertTrue(merged.shape(subnet.id()).contains(merged.shape("i-new")));
        LayoutInvariants.assertReadable(after, merged, "merged");
    }

    @Test
    void fullSubnetGrowsAndPushesTheShapesBelowItDown() {
        Layout before = AutoLayout.layout(NAT_SAMPLE);
        Subnet subnet = subnetOf(NAT_SAMPLE, firstWorkload(NAT_SAMPLE));
        NetworkModel after = NAT_SAMPLE;
        for (int i = 0; i < 12; i++) {
            after = withInstance(after, subnet.id(), "i-extra" + i, "10.1.0." + (100 + i));
        }

        Layout merged = AutoLayout.merge(after, before);

        LayoutInvariants.assertReadable(after, merged, "merged");
        assertTrue(merged.shape(subnet.id()).height() > before.shape(subnet.id()).height(), "the subnet grew");
        Shape vpc = before.shape(subnet.vpcId());
        assertEquals(vpc.x(), merged.shape(subnet.vpcId()).x());
        assertEquals(vpc.y(), merged.shape(subnet.vpcId()).y());
    }

    @Test
    void shapesOfRemovedResourcesAreDroppedAndNewVpcGoesBelowTheDrawing() {
        Layout before = AutoLayout.layout(NAT_SAMPLE);
        Workload gone = firstWorkload(NAT_SAMPLE);
        Vpc extra = new Vpc("vpc-new", "added later", "us-east-2", List.of(Cidr.parse("10.9.0.0/16")), List.of());
        Subnet extraSubnet = new Subnet("subnet-new", "n", "vpc-new", Cidr.parse("10.9.1.0/24"), null, "us-east-2a");
        NetworkModel after = withoutWorkload(NAT_SAMPLE, gone).toBuilder().add(extra).add(extraSubnet).build();

        Layout merged = AutoLayout.merge(after, before);

        assertNull(merged.shape(gone.id()));
        double bottom = before.shapes().values().stream().mapToDouble(s -> s.y() + s.height()).max().orElseThrow();
        assertTrue(merged.shape("vpc-new").y() > bottom, "the new VPC is below the drawing");
        assertTrue(merged.shape("vpc-new").contains(merged.shape("subnet-new")));
        LayoutInvariants.assertReadable(after, merged, "merged");
    }

    @Test
    void shapeThatNoLongerFitsItsContainerIsPlacedAgainInside() {
        Layout auto = AutoLayout.layout(NAT_SAMPLE);
        Workload w = firstWorkload(NAT_SAMPLE);
        Shape outside = new Shape(w.id(), -5000, -5000, 140, 60);

        Layout merged = AutoLayout.merge(NAT_SAMPLE, auto.with(outside));

        assertNotEquals(outside, merged.shape(w.id()));
        assertTrue(merged.shape(subnetOf(NAT_SAMPLE, w).id()).contains(merged.shape(w.id())));
        LayoutInvariants.assertReadable(NAT_SAMPLE, merged, "merged");
    }

    @Test
    void newGatewayGoesOnItsVpcEdgeAndADetachedOneOutside() {
        Layout before = AutoLayout.layout(NAT_SAMPLE);
        String vpcId = NAT_SAMPLE.vpcs().get(0).id();
        NetworkModel after = NAT_SAMPLE.toBuilder()
                .add(new io.hopscope.model.VpnGateway("vgw-new", "to the office", vpcId))
                .add(new io.hopscope.model.InternetGateway("igw-spare", "spare", null))
                .build();

        Layout merged = AutoLayout.merge(after, before);

        LayoutInvariants.assertReadable(after, merged, "merged");
        Shape vpc = merged.shape(vpcId);
        Shape vgw = merged.shape("vgw-new");
        assertTrue(vgw.y() < vpc.y() && vgw.y() + vgw.height() > vpc.y(), "on the top edge");
        assertFalse(merged.shape("igw-spare").y() < vpc.y() + vpc.height() && merged.shape("igw-spare").x()
                < vpc.x() + vpc.width() && merged.shape("igw-spare").y() + 60 > vpc.y()
                && merged.shape("igw-spare").x() + merged.shape("igw-spare").width() > vpc.x(), "outside the VPC");
    }

    @Test
    void mergeIntoAnEmptyLayoutIsTheAutomaticLayout() {
        assertEquals(AutoLayout.layout(NAT_SAMPLE).shapes(), AutoLayout.merge(NAT_SAMPLE, Layout.EMPTY).shapes());
        assertFalse(AutoLayout.layout(NAT_SAMPLE).shapes().isEmpty());
    }
}
