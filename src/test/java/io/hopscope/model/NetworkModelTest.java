package io.hopscope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.model.net.Cidr;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkModelTest {

    private static final Vpc VPC = new Vpc("vpc-1", "prod", "us-east-1", List.of(Cidr.parse("10.0.0.0/16")), List.of());
    private static final Subnet WEB = new Subnet("subnet-web", "web-a", "vpc-1", Cidr.parse("10.0.1.0/24"), null, "us-east-1a");
    private static final Subnet DB = new Subnet("subnet-db", "db-a", "vpc-1", Cidr.parse("10.0.2.0/24"), null, "us-east-1a");
    private static final RouteTable MAIN = new RouteTable("rtb-main", "main", "vpc-1", true, List.of(),
            List.of(Route.local(Cidr.parse("10.0.0.0/16"))));
    private static final RouteTable PUBLIC = new RouteTable("rtb-pub", "public", "vpc-1", false, List.of("subnet-web"),
            List.of(Route.local(Cidr.parse("10.0.0.0/16")),
                    Route.to(Cidr.ANY_IPV4, RouteTargetKind.INTERNET_GATEWAY, "igw-1")));
    private static final NetworkAcl DEFAULT_ACL = new NetworkAcl("acl-default", "", "vpc-1", true, List.of("subnet-web"), List.of());
    private static final NetworkAcl DB_ACL = new NetworkAcl("acl-db", "db", "vpc-1", false, List.of("subnet-db"), List.of());

    private static NetworkModel model() {
        return NetworkModel.builder().add(VPC).add(WEB).add(DB).add(MAIN).add(PUBLIC).add(DEFAULT_ACL).add(DB_ACL)
                .add(new InternetGateway("igw-1", "igw", "vpc-1")).build();
    }

    @Test
    void subnetUsesExplicitRouteTableElseMain() {
        NetworkModel m = model();
        assertEquals("rtb-pub", m.routeTableOf("subnet-web").id());
        assertEquals("rtb-main", m.routeTableOf("subnet-db").id());
    }

    @Test
    void subnetIsPublicOnlyThroughARouteToAnInternetGateway() {
        NetworkModel m = model();
        assertTrue(m.isPublic("subnet-web"));
        assertFalse(m.isPublic("subnet-db"));
    }

    @Test
    void subnetUsesAssociatedAclElseDefault() {
        NetworkModel m = model();
        assertEquals("acl-db", m.networkAclOf("subnet-db").id());
        NetworkModel withoutAssociation = m.with(DB_ACL.withSubnetIds(List.of()));
        assertEquals("acl-default", withoutAssociation.networkAclOf("subnet-db").id());
    }

    @Test
    void withReplacesInPlaceAndWithoutRemoves() {
        NetworkModel m = model();
        NetworkModel renamed = m.with(WEB.withName("frontend"));
        assertEquals("frontend", renamed.subnet("subnet-web").name());
        assertEquals(m.subnets().size(), renamed.subnets().size());
        assertEquals("web-a", m.subnet("subnet-web").name(), "the original value is unchanged");
        assertNull(m.without("subnet-db").subnet("subnet-db"));
    }

    @Test
    void typedLookupReturnsNullForAnotherKind() {
        assertNull(model().subnet("vpc-1"));
        assertEquals(VPC, model().vpc("vpc-1"));
    }
}
