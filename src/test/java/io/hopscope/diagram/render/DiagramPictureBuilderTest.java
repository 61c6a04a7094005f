package io.hopscope.diagram.render;

import static io.hopscope.ui.UiTestDiagrams.APP_VPC;
import static io.hopscope.ui.UiTestDiagrams.DB;
import static io.hopscope.ui.UiTestDiagrams.IGW;
import static io.hopscope.ui.UiTestDiagrams.INTERNET;
import static io.hopscope.ui.UiTestDiagrams.LAMBDA;
import static io.hopscope.ui.UiTestDiagrams.NAT;
import static io.hopscope.ui.UiTestDiagrams.PEERING;
import static io.hopscope.ui.UiTestDiagrams.PRIVATE_SUBNET;
import static io.hopscope.ui.UiTestDiagrams.PUBLIC_SUBNET;
import static io.hopscope.ui.UiTestDiagrams.SG_DB;
import static io.hopscope.ui.UiTestDiagrams.SG_WEB;
import static io.hopscope.ui.UiTestDiagrams.SHARED_SUBNET;
import static io.hopscope.ui.UiTestDiagrams.SHARED_VPC;
import static io.hopscope.ui.UiTestDiagrams.WEB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.Layout;
import io.hopscope.diagram.Shape;
import io.hopscope.model.Route;
import io.hopscope.model.RouteTable;
import io.hopscope.model.RouteTargetKind;
import io.hopscope.model.Workload;
import io.hopscope.model.WorkloadKind;
import io.hopscope.model.InterfaceType;
import io.hopscope.model.InternetGateway;
import io.hopscope.model.NatGateway;
import io.hopscope.model.VpcPeeringConnection;
import io.hopscope.model.VpnGateway;
import io.hopscope.model.net.Cidr;
import io.hopscope.ui.UiTestDiagrams;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class DiagramPictureBuilderTest {

    private final DiagramPictureBuilder builder =
            new DiagramPictureBuilder(ResourceBundle.getBundle("io.hopscope.i18n.messages", java.util.Locale.ROOT));

    private DiagramPicture twoTier() {
        return builder.build(UiTestDiagrams.twoTier());
    }

    private static CanvasItem item(DiagramPicture picture, String id) {
        return picture.item(id).orElseThrow(() -> new AssertionError("no item for " + id));
    }

    @Test
    void drawsOneItemPerVpcSubnetAndWorkloadWithNameAndAddresses() {
        DiagramPicture p = twoTier();
        assertEquals(2, p.itemsOfKind(ItemKind.VPC).size());
        assertEquals(3, p.itemsOfKind(ItemKind.SUBNET).size());
        assertEquals(3, p.itemsOfKind(ItemKind.WORKLOAD).size());
        assertEquals("app-vpc", item(p, APP_VPC).title());
        assertEquals("10.0.0.0/16 · eu-west-1", item(p, APP_VPC).detail());
        assertEquals("public-a", item(p, PUBLIC_SUBNET).title());
        assertEquals("10.0.1.0/24 · eu-west-1a", item(p, PUBLIC_SUBNET).detail());
        assertEquals("web-1", item(p, WEB).title());
        assertEquals("10.0.1.10 · 54.1.2.3", item(p, WEB).detail());
        assertEquals("ec2", item(p, WEB).icon());
        assertEquals("orders-db", item(p, DB).title(), "a workload without a name shows its id");
        assertEquals("rds", item(p, DB).icon());
        assertEquals(PRIVATE_SUBNET, item(p, DB).parentId());
    }

    @Test
    void publicAndPrivateSubnetsAreToldApartFromTheirRouteTables() {
        DiagramPicture p = twoTier();
        assertTrue(item(p, PUBLIC_SUBNET).hasStyleClass("subnet-public"));
        assertEquals("public", item(p, PUBLIC_SUBNET).tag());
        assertTrue(item(p, PRIVATE_SUBNET).hasStyleClass("subnet-private"));
        assertEquals("private", item(p, PRIVATE_SUBNET).tag());

        // Give the private subnet's main table a route to the IGW: it becomes public, nothing stored.
        Diagram d = UiTestDiagrams.twoTier();
        RouteTable main = d.model().routeTable("rtb-0main");
        Diagram opened = d.withModel(d.model().with(main.withRoutes(List.of(
                Route.local(Cidr.parse("10.0.0.0/16")), Route.to(Cidr.ANY_IPV4, RouteTargetKind.INTERNET_GATEWAY, IGW)))));
        assertTrue(item(builder.build(opened), PRIVATE_SUBNET).hasStyleClass("subnet-public"));
    }

    @Test
    void securityGroupsAreBadgesOnTheirWorkloadsNeverItems() {
        DiagramPicture p = twoTier();
        assertEquals(List.of(new SgBadge(SG_WEB, "web")), item(p, WEB).badges());
        assertEquals(List.of(new SgBadge(SG_DB, "db")), item(p, DB).badges());
        assertTrue(p.item(SG_WEB).isEmpty());
        assertTrue(p.item(SG_DB).isEmpty());
    }

    @Test
    void laidOutShapesKeepTheirPositionsAndAreNotMarkedFallback() {
        DiagramPicture p = twoTier();
        assertEquals(new Rect(500, 130, 176, 64), item(p, DB).bounds());
        assertEquals(new Rect(0, 0, 900, 420), item(p, APP_VPC).bounds());
        assertFalse(item(p, DB).fallback());
        assertTrue(item(p, LAMBDA).fallback());
    }

    @Test
    void childWithoutLayoutLandsInsideItsParentClearOfItsSiblings() {
        DiagramPicture p = twoTier();
        Rect subnet = item(p, PRIVATE_SUBNET).bounds();
        Rect lambda = item(p, LAMBDA).bounds();
        assertTrue(subnet.contains(lambda), "lambda " + lambda + " inside " + subnet);
        assertTrue(lambda.y() >= subnet.y() + DiagramPictureBuilder.SUBNET_HEADER, "below the subnet's header");
        assertFalse(lambda.intersects(item(p, DB).bounds(), 0), "clear of the database card");

        Rect nat = item(p, NAT).bounds();
        assertTrue(item(p, PUBLIC_SUBNET).bounds().contains(nat), "NAT gateway inside its subnet");
        assertFalse(nat.intersects(item(p, WEB).bounds(), 0));
    }

    @Test
    void childOfAFullParentGoesBelowItNeverAcrossItsBorder() {
        Diagram d = UiTestDiagrams.twoTier();
        Layout tight = d.layout().with(new Shape(PRIVATE_SUBNET, 470, 70, 220, 130));
        DiagramPicture p = builder.build(d.withLayout(tight));
        Rect subnet = item(p, PRIVATE_SUBNET).bounds();
        Rect lambda = item(p, LAMBDA).bounds();
        assertFalse(lambda.intersects(subnet, 0), "lambda " + lambda + " must not straddle " + subnet);
        assertTrue(lambda.y() >= subnet.maxY());
    }

    @Test
    void manyUnplacedChildrenNeverOverlapEachOther() {
        Diagram d = UiTestDiagrams.twoTier();
        var b = d.model().toBuilder();
        for (int i = 0; i < 12; i++) {
            b.add(UiTestDiagrams.eni("eni-x" + i, PRIVATE_SUBNET, InterfaceType.INSTANCE, "10.0.2." + (100 + i), null, SG_DB));
            b.add(new Workload("i-x" + i, "worker-" + i, WorkloadKind.EC2, List.of("eni-x" + i), null));
        }
        DiagramPicture p = builder.build(d.withModel(b.build()));
        List<Rect> cards = new ArrayList<>();
        p.itemsOfKind(ItemKind.WORKLOAD).forEach(i -> cards.add(i.bounds()));
        Rect subnet = item(p, PRIVATE_SUBNET).bounds();
        for (int i = 0; i < cards.size(); i++) {
            for (int j = i + 1; j < cards.size(); j++) {
                assertFalse(cards.get(i).intersects(cards.get(j), 0), cards.get(i) + " overlaps " + cards.get(j));
            }
            Rect c = cards.get(i);
            assertTrue(subnet.contains(c) || !c.intersects(subnet, 0),
                    c + " is either inside or clear of its subnet");
        }
    }

    @Test
    void vpcWithoutLayoutIsBigEnoughForItsSubnetsAndClearOfTheOthers() {
        DiagramPicture p = twoTier();
        Rect shared = item(p, SHARED_VPC).bounds();
        assertTrue(shared.contains(item(p, SHARED_SUBNET).bounds()));
        assertFalse(shared.intersects(item(p, APP_VPC).bounds(), 0));
    }

    @Test
    void gatewayWithoutLayoutSitsOnItsVpcTopEdge() {
        DiagramPicture p = twoTier();
        Rect vpc = item(p, APP_VPC).bounds();
        Rect igw = item(p, IGW).bounds();
        assertTrue(igw.y() < vpc.y() && igw.maxY() > vpc.y(), "IGW " + igw + " straddles the top edge of " + vpc);
        assertEquals(ItemKind.GATEWAY, item(p, IGW).kind());
        assertEquals("internet-gateway", item(p, IGW).icon());
    }

    @Test
    void externalEndpointGoesOutsideEveryVpcAndLinksToTheInternetGateway() {
        DiagramPicture p = twoTier();
        Rect internet = item(p, INTERNET).bounds();
        for (CanvasItem vpc : p.itemsOfKind(ItemKind.VPC)) {
            assertFalse(internet.intersects(vpc.bounds(), 0));
        }
        assertTrue(p.links().stream().anyMatch(l -> l.kind() == LinkKind.ATTACHMENT
                && l.fromId().equals(INTERNET) && l.toId().equals(IGW)));
    }

    @Test
    void peeringIsALineFromBorderToBorderOfTheTwoVpcs() {
        DiagramPicture p = twoTier();
        CanvasLink link = p.links().stream().filter(l -> PEERING.equals(l.resourceId())).findFirst().orElseThrow();
        assertEquals("app-to-shared", link.label());
        Rect app = item(p, APP_VPC).bounds();
        Rect shared = item(p, SHARED_VPC).bounds();
        assertEquals(app.maxX(), link.startX(), 1e-9, "starts on the app VPC's right border");
        assertEquals(shared.x(), link.endX(), 1e-9, "ends on the shared VPC's left border");
    }

    @Test
    void notesAreDrawnWhereTheLayoutPutsThem() {
        CanvasItem note = item(twoTier(), "note-1");
        assertEquals(ItemKind.NOTE, note.kind());
        assertEquals("Web talks to the DB on 5432", note.title());
        assertEquals(new Rect(0, 460, 220, 60), note.bounds());
    }

    @Test
    void boundsHoldEveryItem() {
        DiagramPicture p = twoTier();
        for (CanvasItem i : p.items()) {
            assertTrue(p.bounds().contains(i.bounds()), i.resourceId() + " outside the picture bounds");
        }
    }

    @Test
    void emptyDiagramGivesAnEmptyPicture() {
        assertTrue(builder.build(Diagram.EMPTY).isEmpty());
    }

    @Test
    void twoPeeringsBetweenOnePairAreDrawnApartAndAnInactiveOneIsMarked() {
        Diagram d = UiTestDiagrams.twoTier();
        Diagram twice = d.withModel(d.model().with(new VpcPeeringConnection("pcx-0old", "", SHARED_VPC, APP_VPC, "", "",
                "pending-acceptance")));
        DiagramPicture p = builder.build(twice);
        CanvasLink active = p.links().stream().filter(l -> PEERING.equals(l.resourceId())).findFirst().orElseThrow();
        CanvasLink pending = p.links().stream().filter(l -> "pcx-0old".equals(l.resourceId())).findFirst().orElseThrow();
        assertTrue(Math.abs(active.startY() - pending.startY()) >= 20, "parallel lines keep apart");
        assertTrue(pending.styleClasses().contains("peering-inactive"));
        assertFalse(active.styleClasses().contains("peering-inactive"));
    }

    @Test
    void aDetachedInternetGatewayIsDrawnButNotLinkedToTheInternet() {
        Diagram d = UiTestDiagrams.twoTier();
        DiagramPicture p = builder.build(d.withModel(d.model().with(new InternetGateway("igw-0spare", "spare", null))));
        assertTrue(p.item("igw-0spare").isPresent());
        assertTrue(p.links().stream().noneMatch(l -> "igw-0spare".equals(l.toId())));
        for (CanvasItem vpc : p.itemsOfKind(ItemKind.VPC)) {
            assertFalse(item(p, "igw-0spare").bounds().intersects(vpc.bounds(), 0));
        }
    }

    @Test
    void gatewaysKnowWhichVpcEdgeTheySitOnAndUnavailableOnesAreMarked() {
        Diagram d = UiTestDiagrams.twoTier();
        NatGateway nat = d.model().natGateway(NAT);
        Diagram changed = d.withModel(d.model().toBuilder()
                .put(new VpnGateway("vgw-0a", "office", APP_VPC))
                .put(new NatGateway(nat.id(), nat.name(), nat.subnetId(), true, nat.privateIp(), nat.elasticIp(), null, "failed"))
                .build());
        DiagramPicture p = builder.build(changed);
        assertTrue(item(p, IGW).hasStyleClass("edge-top"));
        assertTrue(item(p, "vgw-0a").hasStyleClass("edge-left"));
        assertTrue(item(p, NAT).hasStyleClass("unavailable"));
    }

    @Test
    void aLargeImportWithoutLayoutIsPlacedQuicklyWithoutOverlaps() {
        var b = io.hopscope.model.NetworkModel.builder()
                .add(new io.hopscope.model.Vpc("vpc-big", "big", "", List.of(Cidr.parse("10.0.0.0/8")), List.of()));
        for (int s = 0; s < 20; s++) {
            String subnet = "subnet-" + s;
            b.add(new io.hopscope.model.Subnet(subnet, "", "vpc-big", Cidr.parse("10." + s + ".0.0/16"), null, ""));
            for (int w = 0; w < 100; w++) {
                String eni = "eni-" + s + "-" + w;
                b.add(UiTestDiagrams.eni(eni, subnet, InterfaceType.INSTANCE, "10." + s + "." + w / 200 + "." + (w % 200 + 4), null, SG_WEB));
                b.add(new Workload("i-" + s + "-" + w, "", WorkloadKind.EC2, List.of(eni), null));
            }
        }
        Diagram big = new Diagram("", "", b.build(), Layout.EMPTY);
        DiagramPicture p = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(5), () -> builder.build(big));
        assertEquals(2000, p.itemsOfKind(ItemKind.WORKLOAD).size());
        Rect first = item(p, "subnet-0").bounds();
        List<Rect> cards = p.itemsOfKind(ItemKind.WORKLOAD).stream()
                .filter(i -> "subnet-0".equals(i.parentId())).map(CanvasItem::bounds).toList();
        for (int i = 0; i < cards.size(); i++) {
            assertTrue(first.contains(cards.get(i)), "a fallback subnet is sized to hold its cards");
            for (int j = i + 1; j < cards.size(); j++) {
                assertFalse(cards.get(i).intersects(cards.get(j), 0));
            }
        }
    }

    @Test
    void manyVpcsWithoutLayoutWrapIntoRowsInsteadOfOneLongLine() {
        var b = io.hopscope.model.NetworkModel.builder();
        for (int i = 0; i < 8; i++) {
            b.add(new io.hopscope.model.Vpc("vpc-" + i, "", "", List.of(Cidr.parse("10." + i + ".0.0/16")), List.of()));
        }
        DiagramPicture p = builder.build(new Diagram("", "", b.build(), Layout.EMPTY));
        List<Rect> vpcs = p.itemsOfKind(ItemKind.VPC).stream().map(CanvasItem::bounds).toList();
        assertTrue(vpcs.stream().map(Rect::y).distinct().count() > 1, "more than one row");
        assertTrue(p.bounds().width() < 2 * p.bounds().height() + 2000, "not one long strip: " + p.bounds());
        for (int i = 0; i < vpcs.size(); i++) {
            for (int j = i + 1; j < vpcs.size(); j++) {
                assertFalse(vpcs.get(i).intersects(vpcs.get(j), 0));
            }
        }
    }

    @Test
    void anInterfaceNoWorkloadOwnsIsDrawnOnlyWhereTheLayoutPlacesIt() {
        Diagram lambda = io.hopscope.io.format.DiagramReader.read(java.nio.file.Path.of("diagrams", "lambda-vpc.json"))
                .diagram();
        String eni = "eni-0a1b2c3d4e5f60713";
        assertTrue(builder.build(lambda).item(eni).isEmpty(), "no fallback place for a bare interface");

        Diagram placed = lambda.withLayout(lambda.layout().with(new Shape(eni, 260, 520, 140, 40)));
        CanvasItem item = item(builder.build(placed), eni);

        assertEquals(ItemKind.INTERFACE, item.kind());
        assertEquals(StyleRole.INTERFACE, item.role());
        assertEquals("events-sqs-eni", item.title());
        assertEquals("10.50.1.100", item.detail());
        assertEquals("vpc-endpoint 10.50.1.100", item.summary());
        assertEquals("subnet-0a1b2c3d4e5f60704", item.parentId());
        assertFalse(item.fallback());
    }
}
