package io.hopscope.testing.engine;

import java.util.List;

/**
 * The classic layout most traps are built on: VPC 10.0.0.0/16 with a public web subnet
 * (10.0.1.0/24, route to igw-1) and a private db subnet (10.0.2.0/24, main table: local only),
 * both on the default NACL unless a test adds one. web-1 (10.0.1.10, public 198.51.100.10) has SG
 * sg-web (443 and 22 in from anywhere, all out); db-1 (10.0.2.45) has sg-db (3306 from sg-web, no out).
 */
public final class TwoTier {
    private TwoTier() {
    }

    public static TestNet base() {
        return TestNet.create()
                .vpc("vpc-1", "10.0.0.0/16")
                .igw("igw-1", "vpc-1")
                .subnet("subnet-web", "vpc-1", "10.0.1.0/24")
                .subnet("subnet-db", "vpc-1", "10.0.2.0/24")
                .routeTable("rtb-main", "vpc-1", true, List.of(), "10.0.0.0/16 -> local")
                .routeTable("rtb-public", "vpc-1", false, List.of("subnet-web"), "10.0.0.0/16 -> local",
                        "0.0.0.0/0 -> igw-1")
                .defaultAcl("acl-default", "vpc-1")
                .sg("sg-web", "vpc-1", List.of("tcp 443 0.0.0.0/0", "tcp 22 0.0.0.0/0"), List.of("all 0.0.0.0/0"))
                .sg("sg-db", "vpc-1", List.of("tcp 3306 sg-web"), List.of())
                .instance("web-1", "subnet-web", "10.0.1.10", "198.51.100.10", "sg-web")
                .instance("db-1", "subnet-db", "10.0.2.45", null, "sg-db");
    }
}
