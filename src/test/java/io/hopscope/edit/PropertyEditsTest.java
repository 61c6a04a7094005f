package io.hopscope.edit;

import static io.hopscope.edit.Ec2ToRds.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.diagram.Diagram;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IpAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class PropertyEditsTest {

    private final Diagram d = diagram();

    @Test
    void renameKeepsTheIdThatReferencesUse() {
        Diagram after = new RenameResourceEdit(WEB_SG, "  frontend ").apply(d);
        assertEquals("frontend", after.model().securityGroup(WEB_SG).name());
        assertEquals(d.model().securityGroup(WEB_SG).inbound(), after.model().securityGroup(WEB_SG).inbound());
    }

    @Test
    void subnetBlocksAreSetPerAddressFamily() {
        Diagram v4 = new SetSubnetCidrEdit(DB_SUBNET, false, Cidr.parse("10.0.20.0/24")).apply(d);
        assertEquals(Cidr.parse("10.0.20.0/24"), v4.model().subnet(DB_SUBNET).cidr());
        Diagram v6 = new SetSubnetCidrEdit(DB_SUBNET, true, Cidr.parse("2600:1f18::/64")).apply(v4);
        assertEquals(Cidr.parse("2600:1f18::/64"), v6.model().subnet(DB_SUBNET).ipv6Cidr());
        assertNull(new SetSubnetCidrEdit(DB_SUBNET, true, null).apply(v6).model().subnet(DB_SUBNET).ipv6Cidr());
        assertThrows(IllegalArgumentException.class, () -> new SetSubnetCidrEdit(DB_SUBNET, false, Cidr.parse("::/0")));
    }

    @Test
    void associatingASubnetMovesItOffItsOldTable() {
        Diagram after = new AssociateSubnetEdit(WEB_SUBNET, MAIN_RTB).apply(d);
        NetworkModel m = after.model();
        assertTrue(m.routeTable(MAIN_RTB).subnetIds().contains(WEB_SUBNET));
        assertFalse(m.routeTable(PUBLIC_RTB).subnetIds().contains(WEB_SUBNET));
        Diagram acl = new AssociateSubnetEdit(WEB_SUBNET, DB_ACL).apply(d);
        assertEquals(DB_ACL, acl.model().networkAclOf(WEB_SUBNET).id());
    }

    @Test
    void aVpcHasOneMainTableAndOneDefaultAcl() {
        NetworkModel m = new SetDefaultNetworkAclEdit(DB_ACL).apply(new SetMainRouteTableEdit(PUBLIC_RTB).apply(d)).model();
        assertTrue(m.routeTable(PUBLIC_RTB).main());
        assertFalse(m.routeTable(MAIN_RTB).main());
        assertTrue(m.networkAcl(DB_ACL).isDefault());
        assertFalse(m.networkAcl(DEFAULT_ACL).isDefault());
    }

    @Test
    void interfaceAddressesAndGroupsAreSetTogetherOrApart() {
        IpAddress ip = IpAddress.parse("10.0.1.50");
        Diagram after = new SetInterfaceAddressesEdit(WEB_ENI, List.of(ip), null, List.of()).apply(d);
        assertEquals(List.of(ip), after.model().networkInterface(WEB_ENI).privateIps());
        assertNull(after.model().networkInterface(WEB_ENI).publicIp());
        Diagram groups = new SetInterfaceSecurityGroupsEdit(WEB_ENI, List.of(WEB_SG, DB_SG)).apply(after);
        assertEquals(List.of(WEB_SG, DB_SG), groups.model().networkInterface(WEB_ENI).securityGroupIds());
    }

    @Test
    void descriptionsRegionsAndExternalAddressesAreEditable() {
        Diagram after = new SetDescriptionEdit(DB_SG_ID, " MySQL from the web tier ").apply(d);
        assertEquals("MySQL from the web tier", after.model().securityGroup(DB_SG_ID).description());
        assertEquals("Primary", new SetDescriptionEdit(WEB_ENI, "Primary").apply(d).model().networkInterface(WEB_ENI).description());
        assertThrows(IllegalStateException.class, () -> new SetDescriptionEdit(VPC, "x").apply(d));
        assertEquals("eu-west-1", new SetVpcRegionEdit(VPC, "eu-west-1").apply(d).model().vpc(VPC).region());
        Diagram ext = new SetExternalCidrsEdit("internet-host", List.of(Cidr.parse("198.51.100.7/32"))).apply(d);
        assertEquals(List.of(Cidr.parse("198.51.100.7/32")), ext.model().get("internet-host", io.hopscope.model.ExternalEndpoint.class).cidrs());
        assertEquals("browser", new RenameResourceEdit("internet-host", "browser").apply(d).model().find("internet-host").orElseThrow().name());
    }

    private static final String DB_SG_ID = DB_SG;

    @Test
    void theDiagramsTitleAndDescriptionChangeAndNothingElse() {
        Diagram after = new SetDiagramInfoEdit(" Shop network ", "web to db").apply(d);
        assertEquals("Shop network", after.title());
        assertEquals("web to db", after.description());
        assertEquals(d.model(), after.model());
        assertEquals(d.layout(), after.layout());
        assertEquals(d.traces(), after.traces());
    }
}
