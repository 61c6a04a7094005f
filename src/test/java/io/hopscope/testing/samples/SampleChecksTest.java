package io.hopscope.testing.samples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.Shape;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.SecurityGroup;
import io.hopscope.model.SgPeer;
import io.hopscope.model.Subnet;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IpAddress;
import io.hopscope.model.net.PortRange;
import io.hopscope.model.net.Protocol;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The invariant checks catch the mistakes they exist for, so a green sample test means something. */
class SampleChecksTest {

    private final Ec2ToRdsSample x = Ec2ToRdsSample.correct();
    private final Diagram diagram = x.diagram();

    @Test
    void workloadMovedOutOfItsSubnetIsReported() {
        Shape web = diagram.layout().shape(x.webInstance);
        Diagram moved = diagram.withLayout(diagram.layout().with(web.movedBy(0, 200)));
        assertReports(LayoutChecks.check(moved), x.webInstance + " is not fully inside");
    }

    @Test
    void overlappingSiblingsAreReported() {
        Shape db = diagram.layout().shape(x.db);
        Shape web = diagram.layout().shape(x.webInstance);
        Diagram stacked = diagram.withLayout(diagram.layout()
                .with(new Shape(x.dbSubnetB, db.x() - 20, db.y() - 40, 340, 140)).with(web));
        assertReports(LayoutChecks.check(stacked), "overlaps");
    }

    @Test
    void offGridShapeIsReported() {
        Shape vpc = diagram.layout().shape(x.vpc);
        Diagram nudged = diagram.withLayout(diagram.layout().with(vpc.resized(vpc.width() + 1, vpc.height())));
        assertReports(LayoutChecks.check(nudged), "off the 20 px grid");
    }

    @Test
    void gatewayInsideTheVpcIsReported() {
        Shape igw = diagram.layout().shape(x.igw);
        Diagram sunk = diagram.withLayout(diagram.layout().with(igw.movedBy(0, 40)));
        assertReports(LayoutChecks.check(sunk), "does not straddle");
    }

    @Test
    void interfaceAddressOutsideItsSubnetIsReported() {
        NetworkModel m = diagram.model();
        NetworkInterface eni = m.networkInterface(x.webEni).withPrivateIps(List.of(IpAddress.parse("10.0.9.10")));
        assertReports(AddressingChecks.check(m.with(eni)), "not a usable address");
    }

    @Test
    void reservedSubnetAddressIsReported() {
        NetworkModel m = diagram.model();
        NetworkInterface eni = m.networkInterface(x.webEni).withPrivateIps(List.of(IpAddress.parse("10.0.1.3")));
        assertReports(AddressingChecks.check(m.with(eni)), "not a usable address");
    }

    @Test
    void subnetOutsideItsVpcIsReported() {
        NetworkModel m = diagram.model();
        Subnet s = m.subnet(x.dbSubnetB).withCidr(Cidr.parse("10.9.3.0/24"));
        assertReports(AddressingChecks.check(m.with(s)), "outside its VPC");
    }

    @Test
    void danglingSecurityGroupReferenceIsReported() {
        NetworkModel m = diagram.model();
        SecurityGroup db = m.securityGroup(x.dbSg);
        SecurityGroup broken = db.withInbound(List.of(new io.hopscope.model.SgRule(Protocol.TCP,
                PortRange.single(3306), null, SgPeer.group("sg-0ffffffffffffffff"), "")));
        assertReports(ReferenceChecks.check(m.with(broken)), "sg-0ffffffffffffffff");
    }

    @Test
    void subnetWithoutANaclAssociationIsReported() {
        NetworkModel m = diagram.model();
        NetworkModel unassociated = m.with(m.networkAcl(x.dbNacl).withSubnetIds(List.of(x.dbSubnetA)));
        assertReports(ReferenceChecks.check(unassociated), x.dbSubnetB + " must be associated with exactly one NACL");
    }

    private static void assertReports(List<String> problems, String fragment) {
        assertTrue(problems.stream().anyMatch(p -> p.contains(fragment)),
                "expected a problem containing '" + fragment + "', got " + problems);
    }
}
