package io.hopscope.io.format;

import static io.hopscope.io.format.ReaderFixture.assertError;
import static io.hopscope.io.format.ReaderFixture.assertWarning;
import static io.hopscope.io.format.ReaderFixture.at;
import static io.hopscope.io.format.ReaderFixture.item;
import static io.hopscope.io.format.ReaderFixture.readChanged;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** Model-level rules reached through the reader: problems point at the path the resource was read from. */
class DiagramReaderModelRulesTest {

    @Test
    void subnetWithUnknownVpcIsDangling() {
        DiagramLoad load = readChanged(root -> at(root, "subnets", 1).put("vpc", "vpc-9"));
        assertError(load, "$.model.subnets[1].vpc", "unknown VPC 'vpc-9'");
        assertNotNull(load.diagram());
    }

    @Test
    void referenceToTheWrongKindIsReported() {
        DiagramLoad load = readChanged(root -> at(root, "subnets", 1).put("vpc", "sg-web"));
        assertError(load, "$.model.subnets[1].vpc", "'sg-web' is a security group, not a VPC");
    }

    @Test
    void routeToUnknownTargetIsDangling() {
        DiagramLoad load = readChanged(root -> item(at(root, "routeTables", 0).get("routes"), 1).put("target", "nat-9"));
        assertError(load, "$.model.routeTables[0].routes[1].target", "unknown NAT gateway 'nat-9'");
    }

    @Test
    void routeToUnknownPrefixListIsDangling() {
        DiagramLoad load = readChanged(root -> item(at(root, "routeTables", 0).get("routes"), 3)
                .put("destinationPrefixList", "pl-gone"));
        assertError(load, "$.model.routeTables[0].routes[3].destinationPrefixList", "unknown prefix list 'pl-gone'");
    }

    @Test
    void interfaceWithUnknownSecurityGroupIsDangling() {
        DiagramLoad load = readChanged(root -> at(root, "networkInterfaces", 3).withArray("securityGroups").set(0, "sg-9"));
        assertError(load, "$.model.networkInterfaces[3].securityGroups[0]", "unknown security group 'sg-9'");
    }

    @Test
    void securityGroupRuleReferencingUnknownGroupIsDangling() {
        DiagramLoad load = readChanged(root -> item(at(root, "securityGroups", 0).get("inbound"), 0).put("securityGroup", "sg-9"));
        assertError(load, "$.model.securityGroups[0].inbound[0].securityGroup", "unknown security group 'sg-9'");
    }

    @Test
    void workloadWithUnknownInterfaceIsDangling() {
        DiagramLoad load = readChanged(root -> at(root, "workloads", 1).withArray("networkInterfaces").set(0, "eni-9"));
        assertError(load, "$.model.workloads[1].networkInterfaces[0]", "unknown network interface 'eni-9'");
    }

    @Test
    void subnetOutsideItsVpcIsReported() {
        DiagramLoad load = readChanged(root -> at(root, "subnets", 1).put("cidr", "10.3.1.0/24"));
        assertError(load, "$.model.subnets[1].cidr", "subnet partner-a 10.3.1.0/24 is outside its VPC partner (10.2.0.0/16)");
    }

    @Test
    void overlappingSubnetsInOneVpcAreReported() {
        DiagramLoad load = readChanged(root -> at(root, "subnets", 2).put("cidr", "10.0.2.128/25"));
        assertError(load, "$.model.subnets[2].cidr", "overlaps subnet app-a 10.0.2.0/24 in VPC shop");
    }

    @Test
    void duplicateNaclRuleNumbersPerDirectionAreReported() {
        DiagramLoad load = readChanged(root -> item(at(root, "networkAcls", 0).get("inbound"), 1).put("rule", 90));
        assertError(load, "$.model.networkAcls[0].inbound[1].rule", "duplicate inbound rule number 90");
    }

    @Test
    void sameRuleNumberInBothDirectionsIsFine() {
        DiagramLoad load = readChanged(root -> item(at(root, "networkAcls", 0).get("outbound"), 1).put("rule", 90));
        org.junit.jupiter.api.Assertions.assertFalse(load.hasErrors(), () -> load.problems().toString());
    }

    @Test
    void secondMainRouteTableIsReported() {
        DiagramLoad load = readChanged(root -> at(root, "routeTables", 3).put("main", true));
        assertError(load, "$.model.routeTables[3].main", "more than one main route table");
    }

    @Test
    void subnetInTwoRouteTablesIsReported() {
        DiagramLoad load = readChanged(root -> at(root, "routeTables", 3).withArray("subnets").add("subnet-app"));
        assertError(load, "$.model.routeTables[3].subnets[1]", "subnet app-a is associated with two route tables");
    }

    @Test
    void interfaceAddressOutsideItsSubnetIsReported() {
        DiagramLoad load = readChanged(root -> at(root, "networkInterfaces", 0).withArray("privateIps").set(1, "10.0.1.11"));
        assertError(load, "$.model.networkInterfaces[0].privateIps[1]", "is outside its subnet app-a 10.0.2.0/24");
    }

    @Test
    void addressUsedTwiceIsReported() {
        DiagramLoad load = readChanged(root -> at(root, "networkInterfaces", 2).withArray("privateIps").set(0, "10.0.2.10"));
        assertError(load, "$.model.networkInterfaces[2].privateIps[0]", "address 10.0.2.10 is used by both");
    }

    @Test
    void peeringBetweenOverlappingVpcsIsReported() {
        DiagramLoad load = readChanged(root -> {
            at(root, "vpcs", 1).withArray("ipv4Cidrs").set(0, "10.0.0.0/8");
            at(root, "subnets", 1).put("cidr", "10.200.1.0/24");
        });
        assertError(load, "$.model.peeringConnections[0].accepterVpc", "overlapping CIDR blocks");
    }

    @Test
    void routeToInternetGatewayOfAnotherVpcIsReported() {
        DiagramLoad load = readChanged(root -> at(root, "internetGateways", 0).put("vpc", "vpc-2"));
        assertError(load, "$.model.routeTables[3].routes[1].target",
                "targets internet gateway shop-igw, which is attached to VPC vpc-2, not this table's VPC vpc-1");
    }

    @Test
    void routeToDetachedInternetGatewayIsReported() {
        DiagramLoad load = readChanged(root -> item(at(root, "routeTables", 3).get("routes"), 1).put("target", "igw-spare"));
        assertError(load, "$.model.routeTables[3].routes[1].target", "which is not attached to any VPC");
    }

    @Test
    void natInSubnetWithoutInternetRouteIsAWarning() {
        DiagramLoad load = readChanged(root -> {
            ArrayNode routes = (ArrayNode) at(root, "routeTables", 3).get("routes");
            routes.remove(1);
        });
        assertWarning(load, "$.model.routeTables[0].routes[1]",
                "subnet app-a routes 0.0.0.0/0 to NAT nat-a in subnet web-a that has no route to an internet gateway");
    }

    @Test
    void naclWithoutEphemeralOutboundRuleIsAWarning() {
        DiagramLoad load = readChanged(root -> {
            ObjectNode acl = at(root, "networkAcls", 0);
            acl.remove("outbound");
        });
        assertWarning(load, "$.model.networkAcls[0].outbound", "NACL app has no outbound rule for ephemeral ports 1024-65535");
    }
}
