package io.hopscope.ui.inspector;

import static io.hopscope.ui.inspector.InspectorFixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.model.net.Cidr;
import io.hopscope.ui.common.DiagramDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

class PropertiesViewModelTest {

    private final DiagramDocument doc = new DiagramDocument(ec2ToRds());
    private final PropertiesViewModel vm = new PropertiesViewModel(doc, english());

    private PropertyField select(String id, String key) {
        doc.getSelection().clear();
        doc.getSelection().add(id);
        return vm.field(key);
    }

    @Test
    void anInvalidCidrIsReportedAsTypedAndNeverCommitted() {
        PropertyField cidr = select(DB_SUBNET, "cidr");
        cidr.textProperty().set("10.0.300.0/24");
        assertTrue(cidr.getError().contains("not a valid CIDR"), cidr.getError());
        assertFalse(cidr.commit());
        assertFalse(doc.canUndoProperty().get());
    }

    @Test
    void aCidrOutsideTheVpcIsRefusedWithTheValidatorsMessage() {
        PropertyField cidr = select(DB_SUBNET, "cidr");
        cidr.textProperty().set("10.9.0.0/24");
        assertTrue(cidr.getError().contains("outside its VPC"), cidr.getError());
    }

    @Test
    void aCidrOverlappingAnotherSubnetIsRefused() {
        String web = doc.getDiagram().model().subnet(WEB_SUBNET).cidr().toString();
        PropertyField cidr = select(DB_SUBNET, "cidr");
        cidr.textProperty().set(web);
        assertTrue(cidr.getError().contains("overlaps"), cidr.getError());
    }

    @Test
    void movingASubnetAwayFromItsInterfacesAddressesIsRefused() {
        PropertyField cidr = select(DB_SUBNET, "cidr");
        cidr.textProperty().set("10.0.50.0/24");
        assertTrue(cidr.getError().contains("10.0.2.45"), cidr.getError());
    }

    @Test
    void aValidCidrCommitsAsOneUndoableEdit() {
        PropertyField cidr = select(DB_B_SUBNET, "cidr");
        cidr.textProperty().set("10.0.50.0/24");
        assertEquals("", cidr.getError());
        assertTrue(cidr.commit());
        assertEquals(Cidr.parse("10.0.50.0/24"), doc.getDiagram().model().subnet(DB_B_SUBNET).cidr());
        doc.undo();
        assertFalse(doc.getDiagram().model().subnet(DB_B_SUBNET).cidr().equals(Cidr.parse("10.0.50.0/24")));
    }

    @Test
    void anAddressOutsideItsSubnetOrAlreadyUsedIsRefused() {
        PropertyField ips = select(WEB_ENI, "privateIps");
        ips.textProperty().set("10.0.99.10");
        assertTrue(ips.getError().contains("outside its subnet"), ips.getError());
        String own = doc.getDiagram().model().networkInterface(WEB_ENI).primaryIp().toString();
        ips.textProperty().set(own + ", " + own);
        assertTrue(ips.getError().contains("listed twice"), ips.getError());
        ips.textProperty().set("10.0.1.2");
        assertTrue(ips.getError().contains("reserved by AWS"), ips.getError());
    }

    @Test
    void aNameAnotherResourceOfTheKindHasIsRefused() {
        PropertyField name = select(DB_SG, "name");
        name.textProperty().set("web-sg");
        assertTrue(name.getError().contains("already named 'web-sg'"), name.getError());
        name.textProperty().set("orders-sg");
        assertEquals("", name.getError());
    }

    @Test
    void theIdIsShownButNotEditable() {
        PropertyField id = select(DB_SG, "id");
        assertEquals(FieldKind.READ_ONLY, id.kind());
        assertEquals(DB_SG, id.textProperty().get());
    }

    @Test
    void severalSubnetsShareTheirZoneFieldAndChangeInOneStep() {
        doc.getSelection().addAll(List.of(DB_SUBNET, DB_B_SUBNET));
        PropertyField zone = vm.field("zone");
        assertNotNull(zone);
        assertNull(vm.field("cidr"), "a CIDR is never shared");
        zone.textProperty().set("us-east-1c");
        assertTrue(zone.commit());
        assertEquals("us-east-1c", doc.getDiagram().model().subnet(DB_SUBNET).availabilityZone());
        assertEquals("us-east-1c", doc.getDiagram().model().subnet(DB_B_SUBNET).availabilityZone());
        doc.undo();
        assertFalse(doc.canUndoProperty().get(), "one undo step for both subnets");
    }

    @Test
    void aWorkloadShowsItsInterfaceAddressesAndGroups() {
        PropertyField groups = select(WEB, "securityGroups");
        assertEquals("web-sg", groups.textProperty().get());
        groups.textProperty().set("web-sg, no-such-group");
        assertTrue(groups.getError().contains("no-such-group"));
        groups.textProperty().set("web-sg, default");
        assertTrue(groups.commit());
        assertEquals(2, doc.getDiagram().model().networkInterface(WEB_ENI).securityGroupIds().size());
    }

    @Test
    void aWorkloadsGroupsArePickedFromItsVpcsGroupsAndEachPickIsOneUndoStep() {
        PropertyField groups = select(WEB, "securityGroups");
        assertEquals(FieldKind.CHECKS, groups.kind());
        assertEquals(List.of("default", "web-sg", "orders-db-sg"), groups.choices().stream().map(Choice::value).toList());
        assertEquals(List.of("web-sg"), groups.checkedValues());
        assertTrue(groups.commitChecked(List.of("orders-db-sg", "web-sg")));
        assertEquals(List.of(WEB_SG, DB_SG), doc.getDiagram().model().networkInterface(WEB_ENI).securityGroupIds(),
                "written in the list's order");
        doc.undo();
        assertEquals(List.of(WEB_SG), doc.getDiagram().model().networkInterface(WEB_ENI).securityGroupIds());
    }

    @Test
    void aWorkloadsInterfaceIsRenamedFromTheWorkloadAsOneUndoableEdit() {
        PropertyField name = select(WEB, "interfaceName");
        assertEquals("web-1-eni", name.textProperty().get());
        name.textProperty().set("web-1-primary");
        assertTrue(name.commit(), name.getError());
        assertEquals("web-1-primary", doc.getDiagram().model().networkInterface(WEB_ENI).name());
        assertEquals("web-1", doc.getDiagram().model().workload(WEB).name(), "the workload keeps its own name");
        doc.undo();
        assertEquals("web-1-eni", doc.getDiagram().model().networkInterface(WEB_ENI).name());
    }

    @Test
    void withNothingSelectedTheDiagramsTitleIsEditedUndoably() {
        doc.getSelection().clear();
        PropertyField title = vm.field("diagramTitle");
        assertEquals(ec2ToRds().title(), title.textProperty().get());
        title.textProperty().set("Shop");
        assertTrue(title.commit(), title.getError());
        assertEquals("Shop", doc.getDiagram().title());
        assertEquals(ec2ToRds().description(), doc.getDiagram().description());
        doc.undo();
        assertEquals(ec2ToRds().title(), doc.getDiagram().title());
    }
}
