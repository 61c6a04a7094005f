package io.hopscope.ui.inspector;

import static io.hopscope.ui.inspector.InspectorFixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.diagram.Diagram;
import io.hopscope.io.format.DiagramWriter;
import io.hopscope.model.NetworkAcl;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.RouteTable;
import io.hopscope.model.RouteTargetKind;
import io.hopscope.model.SecurityGroup;
import io.hopscope.ui.common.DiagramDocument;
import io.hopscope.ui.inspector.AclEntriesViewModel.Column;
import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/**
 * Every security group rule, NACL entry, route and subnet association of the ec2-to-rds sample,
 * entered again through the inspector's view models from empty tables, saves to the same JSON as the
 * hand-written file.
 */
class Ec2ToRdsRulesByHandTest {

    private static final String DEFAULT_SG = "sg-0a1b2c3d4e5f6000b";
    private static final String DEFAULT_ACL = "acl-0a1b2c3d4e5f60008";

    private final ResourceBundle en = english();

    private static Diagram withoutRules(Diagram d) {
        NetworkModel.Builder b = d.model().toBuilder();
        for (SecurityGroup g : d.model().securityGroups()) {
            b.put(g.withInbound(List.of()).withOutbound(List.of()));
        }
        for (NetworkAcl a : d.model().networkAcls()) {
            b.put(a.withEntries(List.of()).withSubnetIds(List.of()));
        }
        for (RouteTable t : d.model().routeTables()) {
            b.put(t.withRoutes(t.routes().stream().filter(r -> r.targetKind() == RouteTargetKind.LOCAL).toList())
                    .withSubnetIds(List.of()));
        }
        return d.withModel(b.build());
    }

    private SecurityGroupRulesViewModel sg(DiagramDocument doc, String id, boolean inbound) {
        return new SecurityGroupRulesViewModel(doc, en, id, inbound);
    }

    private AclEntriesViewModel acl(DiagramDocument doc, String id, boolean egress) {
        return new AclEntriesViewModel(doc, en, id, egress);
    }

    private static void ok(boolean done, RuleTableViewModel<?> vm) {
        assertTrue(done, vm.getError());
    }

    @Test
    void theSamplesRulesEnteredInTheTablesSaveIdenticalToTheFile() {
        Diagram original = ec2ToRds();
        DiagramDocument doc = new DiagramDocument(withoutRules(original));

        SecurityGroupRulesViewModel t = sg(doc, DEFAULT_SG, true);
        ok(t.add(RulePreset.ALL_TRAFFIC), t);
        ok(t.edit(0, SecurityGroupRulesViewModel.Column.PEER, DEFAULT_SG + " (default)"), t);
        t = sg(doc, DEFAULT_SG, false);
        ok(t.add(RulePreset.ALL_TRAFFIC), t);
        t = sg(doc, WEB_SG, true);
        ok(t.add(RulePreset.HTTPS), t);
        // A new inbound rule starts at the VPC's block; the web server is opened to the world by hand.
        ok(t.edit(0, SecurityGroupRulesViewModel.Column.PEER, "0.0.0.0/0"), t);
        ok(t.edit(0, SecurityGroupRulesViewModel.Column.DESCRIPTION, "HTTPS"), t);
        t = sg(doc, WEB_SG, false);
        ok(t.add(RulePreset.ALL_TRAFFIC), t);
        t = sg(doc, DB_SG, true);
        ok(t.add(RulePreset.MYSQL), t);
        ok(t.edit(0, SecurityGroupRulesViewModel.Column.PEER, WEB_SG), t);
        ok(t.edit(0, SecurityGroupRulesViewModel.Column.DESCRIPTION, "MySQL from web-sg"), t);
        t = sg(doc, DB_SG, false);
        ok(t.add(RulePreset.ALL_TRAFFIC), t);

        AclEntriesViewModel a = acl(doc, DEFAULT_ACL, false);
        ok(a.add(RulePreset.ALL_TRAFFIC), a);
        ok(a.edit(0, Column.CIDR, "0.0.0.0/0"), a);
        a = acl(doc, DEFAULT_ACL, true);
        ok(a.add(RulePreset.ALL_TRAFFIC), a);
        a = acl(doc, WEB_ACL, false);
        ok(a.add(RulePreset.HTTPS), a);
        ok(a.edit(0, Column.CIDR, "0.0.0.0/0"), a);
        ok(a.add(RulePreset.EPHEMERAL), a);
        ok(a.edit(1, Column.NUMBER, "110"), a);
        ok(a.edit(1, Column.CIDR, "10.0.2.0/23"), a);
        a = acl(doc, WEB_ACL, true);
        ok(a.add(RulePreset.MYSQL), a);
        ok(a.edit(0, Column.CIDR, "10.0.2.0/23"), a);
        ok(a.add(RulePreset.EPHEMERAL), a);
        ok(a.edit(1, Column.NUMBER, "110"), a);
        a = acl(doc, DB_ACL, false);
        ok(a.add(RulePreset.MYSQL), a);
        ok(a.edit(0, Column.CIDR, "10.0.1.0/24"), a);
        a = acl(doc, DB_ACL, true);
        ok(a.add(RulePreset.EPHEMERAL), a);
        ok(a.edit(0, Column.CIDR, "10.0.1.0/24"), a);

        RoutesViewModel routes = new RoutesViewModel(doc, en, PUBLIC_RTB);
        RouteTarget igw = routes.targetChoices().stream().filter(r -> r.id().equals(IGW)).findFirst().orElseThrow();
        ok(routes.add("0.0.0.0/0", igw), routes);

        PropertiesViewModel properties = new PropertiesViewModel(doc, en);
        associate(doc, properties, WEB_SUBNET, "routeTable", PUBLIC_RTB);
        associate(doc, properties, WEB_SUBNET, "networkAcl", WEB_ACL);
        associate(doc, properties, DB_SUBNET, "networkAcl", DB_ACL);
        associate(doc, properties, DB_B_SUBNET, "networkAcl", DB_ACL);

        assertEquals(DiagramWriter.toJson(original), DiagramWriter.toJson(doc.getDiagram()));
    }

    private static void associate(DiagramDocument doc, PropertiesViewModel properties, String subnet, String key, String table) {
        doc.getSelection().clear();
        doc.getSelection().add(subnet);
        PropertyField field = properties.field(key);
        assertTrue(field.choices().stream().anyMatch(c -> c.value().equals(table)));
        field.textProperty().set(table);
        assertTrue(field.commit(), field.getError());
    }
}
