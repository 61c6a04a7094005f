package io.hopscope.testing.hostile;

import io.hopscope.model.AclEntry;
import io.hopscope.model.NetworkAcl;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Route;
import io.hopscope.model.RouteTable;
import io.hopscope.model.Subnet;
import io.hopscope.model.Vpc;
import io.hopscope.model.net.Cidr;
import java.util.List;

/** Models with many subnets, for the validator's scale tests and harness. */
public final class BigModels {

    private BigModels() {
    }

    /** One VPC 10.0.0.0/8 with {@code n} subnets that all use the same /24: the quadratic shape. */
    public static NetworkModel sameCidrSubnets(int n) {
        NetworkModel.Builder b = vpc();
        Cidr same = Cidr.parse("10.0.0.0/24");
        for (int i = 0; i < n; i++) {
            b.add(new Subnet("subnet-" + i, "", "vpc-big", same, null, "us-east-1a"));
        }
        return b.build();
    }

    /** One VPC 10.0.0.0/8 with {@code n} distinct /28 subnets (n up to a million): a valid, big model. */
    public static NetworkModel distinctSubnets(int n) {
        NetworkModel.Builder b = vpc();
        for (int i = 0; i < n; i++) {
            long base = (10L << 24) + 16L * i;
            Cidr c = new Cidr(4, 0, base, 28);
            b.add(new Subnet("subnet-" + i, "s" + i, "vpc-big", c, null, "us-east-1a"));
        }
        return b.build();
    }

    private static NetworkModel.Builder vpc() {
        Cidr block = Cidr.parse("10.0.0.0/8");
        return NetworkModel.builder()
                .add(new Vpc("vpc-big", "big", "us-east-1", List.of(block), List.of()))
                .add(new RouteTable("rtb-main", "", "vpc-big", true, List.of(), List.of(Route.local(block))))
                .add(new NetworkAcl("acl-default", "", "vpc-big", true, List.of(), List.of(
                        AclEntry.allowAll(100, false, Cidr.ANY_IPV4), AclEntry.allowAll(100, true, Cidr.ANY_IPV4))));
    }
}
