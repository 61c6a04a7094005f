package io.hopscope.testing.samples;

import static io.hopscope.testing.samples.SampleResources.AZ_A;
import static io.hopscope.testing.samples.SampleResources.AZ_B;
import static io.hopscope.testing.samples.SampleResources.EPHEMERAL;
import static io.hopscope.testing.samples.SampleResources.allTrafficOut;
import static io.hopscope.testing.samples.SampleResources.cidrPeer;
import static io.hopscope.testing.samples.SampleResources.tcpIn;
import static io.hopscope.testing.samples.SampleResources.tcpOut;

import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.Layout;
import io.hopscope.model.AclEntry;
import io.hopscope.model.InterfaceType;
import io.hopscope.model.InternetGateway;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.RouteTargetKind;
import io.hopscope.model.SgPeer;
import io.hopscope.model.WorkloadKind;
import io.hopscope.model.net.PortRange;
import java.util.List;

/**
 * A public web server and a private RDS MySQL database, with custom NACLs on both tiers. Built twice:
 * correctly (the DB subnets answer on the client's ephemeral ports) and with the classic stateless
 * mistake (the DB subnets' NACL lets only port 3306 back out) [NACL].
 */
final class Ec2ToRdsSample {

    static final String WEB_CIDR = "10.0.1.0/24";
    /** db-a 10.0.2.0/24 and db-b 10.0.3.0/24: one /23 so each NACL rule covers both DB subnets. */
    static final String DB_CIDRS = "10.0.2.0/23";

    final SampleIds ids;
    final boolean brokenReturn;
    final String vpc;
    final String igw;
    final String webSubnet;
    final String dbSubnetA;
    final String dbSubnetB;
    final String mainTable;
    final String publicTable;
    final String defaultNacl;
    final String webNacl;
    final String dbNacl;
    final String defaultSg;
    final String webSg;
    final String dbSg;
    final String webEni;
    final String dbEni;
    final String web = "web-1";
    final String webInstance;
    final String db = "orders-db";
    final String internet = "internet-host";
    final String internetIp = "203.0.113.10";
    final String webPublicIp;

    private Ec2ToRdsSample(int sampleNumber, boolean brokenReturn) {
        this.brokenReturn = brokenReturn;
        ids = new SampleIds(sampleNumber);
        vpc = ids.of("vpc-", 0x01);
        igw = ids.of("igw-", 0x02);
        webSubnet = ids.of("subnet-", 0x03);
        dbSubnetA = ids.of("subnet-", 0x04);
        dbSubnetB = ids.of("subnet-", 0x05);
        mainTable = ids.of("rtb-", 0x06);
        publicTable = ids.of("rtb-", 0x07);
        defaultNacl = ids.of("acl-", 0x08);
        webNacl = ids.of("acl-", 0x09);
        dbNacl = ids.of("acl-", 0x0a);
        defaultSg = ids.of("sg-", 0x0b);
        webSg = ids.of("sg-", 0x0c);
        dbSg = ids.of("sg-", 0x0d);
        webEni = ids.of("eni-", 0x0e);
        dbEni = ids.of("eni-", 0x0f);
        webInstance = ids.of("i-", 0x10);
        webPublicIp = brokenReturn ? "198.51.100.11" : "198.51.100.10";
    }

    static Ec2ToRdsSample correct() {
        return new Ec2ToRdsSample(0, false);
    }

    static Ec2ToRdsSample brokenReturn() {
        return new Ec2ToRdsSample(1, true);
    }

    Diagram diagram() {
        return new Diagram(brokenReturn ? "EC2 to RDS: NACL blocks the reply" : "EC2 web server to RDS MySQL",
                brokenReturn ? BROKEN_DESCRIPTION : CORRECT_DESCRIPTION, model(), layout());
    }

    private NetworkModel model() {
        return NetworkModel.builder()
                .add(SampleResources.vpc(vpc, "shop", "10.0.0.0/16"))
                .add(new InternetGateway(igw, "shop-igw", vpc))
                .add(SampleResources.subnet(webSubnet, "web-a", vpc, WEB_CIDR, AZ_A))
                .add(SampleResources.subnet(dbSubnetA, "db-a", vpc, "10.0.2.0/24", AZ_A))
                .add(SampleResources.subnet(dbSubnetB, "db-b", vpc, "10.0.3.0/24", AZ_B))
                .add(SampleResources.mainTable(mainTable, "shop-main", vpc, "10.0.0.0/16"))
                .add(SampleResources.table(publicTable, "shop-public", vpc, "10.0.0.0/16", List.of(webSubnet),
                        SampleResources.route("0.0.0.0/0", RouteTargetKind.INTERNET_GATEWAY, igw)))
                .add(SampleResources.defaultNacl(defaultNacl, "shop-default", vpc))
                .add(SampleResources.nacl(webNacl, "web-nacl", vpc, List.of(webSubnet),
                        tcpIn(100, PortRange.single(443), "0.0.0.0/0"),
                        tcpIn(110, EPHEMERAL, DB_CIDRS),
                        tcpOut(100, PortRange.single(3306), DB_CIDRS),
                        tcpOut(110, EPHEMERAL, "0.0.0.0/0")))
                .add(SampleResources.nacl(dbNacl, "db-nacl", vpc, List.of(dbSubnetA, dbSubnetB),
                        tcpIn(100, PortRange.single(3306), WEB_CIDR),
                        dbReplyRule()))
                .add(SampleResources.defaultSg(defaultSg, vpc))
                .add(SampleResources.sg(webSg, "web-sg", vpc, "HTTPS from anywhere",
                        List.of(SampleResources.tcp(443, cidrPeer("0.0.0.0/0"), "HTTPS")),
                        List.of(allTrafficOut())))
                .add(SampleResources.sg(dbSg, "orders-db-sg", vpc, "MySQL from the web tier",
                        List.of(SampleResources.tcp(3306, SgPeer.group(webSg), "MySQL from web-sg")),
                        List.of(allTrafficOut())))
                .add(SampleResources.eni(webEni, "web-1-eni", webSubnet, InterfaceType.INSTANCE, "10.0.1.10",
                        webPublicIp, "Primary network interface", webSg))
                .add(SampleResources.eni(dbEni, "orders-db-eni", dbSubnetA, InterfaceType.RDS, "10.0.2.45", null,
                        "RDSNetworkInterface", dbSg))
                .add(SampleResources.workload(webInstance, web, WorkloadKind.EC2, webEni))
                .add(SampleResources.workload(db, db, WorkloadKind.RDS, dbEni))
                .add(SampleResources.internetHost(internet, "client", internetIp))
                .build();
    }

    /** The reply leaves the DB subnets towards the client's ephemeral port, not towards 3306 [NACL]. */
    private AclEntry dbReplyRule() {
        return brokenReturn
                ? tcpOut(100, PortRange.single(3306), WEB_CIDR)
                : tcpOut(100, EPHEMERAL, WEB_CIDR);
    }

    private Layout layout() {
        SampleCanvas canvas = new SampleCanvas();
        canvas.vpc(vpc, 40, 200, 2, 2);
        canvas.gateway(igw, vpc, 0);
        canvas.externalAbove(internet, vpc, 0);
        canvas.subnet(webSubnet, vpc, 0, 0);
        canvas.subnet(dbSubnetA, vpc, 0, 1);
        canvas.subnet(dbSubnetB, vpc, 1, 1);
        canvas.boxes(webSubnet, webInstance);
        canvas.boxes(dbSubnetA, db);
        return canvas.layout();
    }

    private static final String CORRECT_DESCRIPTION = "A public web server (web-1 in web-a, with a public IP and "
            + "a route to the internet gateway) talks to a private RDS MySQL database (orders-db, whose DB subnet "
            + "group spans db-a and db-b, which only have the local route). Trace web-1 to orders-db on tcp/3306 "
            + "and follow both directions: the security groups are stateful (orders-db-sg admits 3306 from "
            + "web-sg and the reply is tracked), but the custom NACLs are not, so the reply needs its own rules: "
            + "db-nacl outbound 100 allows tcp 1024-65535 to the web subnet and web-nacl inbound 110 allows "
            + "tcp 1024-65535 from the DB subnets. The trap is that the reply goes to the client's ephemeral "
            + "port, not to 3306; also trace client (203.0.113.10) to web-1 on 443 and see web-nacl outbound 110 "
            + "carry that reply too, and note that a custom NACL denies everything it does not list, so web-1 "
            + "cannot reach the DB on any port but 3306.";

    private static final String BROKEN_DESCRIPTION = "The same web server and RDS MySQL database as ec2-to-rds, "
            + "with one classic mistake: db-nacl outbound allows only tcp 3306 to the web subnet, as if the "
            + "reply went back to port 3306. Trace web-1 to orders-db on tcp/3306: the request passes web-sg, "
            + "web-nacl outbound 100, the local route, db-nacl inbound 100 and orders-db-sg, so the forward "
            + "path is green; the reply leaves orders-db from 3306 towards web-1's ephemeral port (32768-60999 "
            + "on Linux), the security group lets it out because it tracks the connection, and db-nacl's "
            + "outbound list has no rule for that port, so the final * rule denies it. The trap: NACLs are "
            + "stateless, so the fix is an outbound rule for tcp 1024-65535 to 10.0.1.0/24, and a return rule "
            + "for 3306 is useless.";
}
