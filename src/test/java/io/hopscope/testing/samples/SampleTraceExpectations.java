package io.hopscope.testing.samples;

import static io.hopscope.testing.samples.SampleTrace.reachable;
import static io.hopscope.testing.samples.SampleTrace.replyDropped;
import static io.hopscope.testing.samples.SampleTrace.requestDropped;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What each sample is meant to show, as traces with their expected verdicts. The reasons cite the
 * rulebook (/work/shared/docs/aws-vpc-semantics.md) by its source keys.
 */
public final class SampleTraceExpectations {

    /** A NACL's final deny, printed as {@code *} whatever its API number (32767/32768) [NACL]. */
    static final String FINAL_DENY = "*";
    /** No rule, route or association decided: a missing route, no SG rule, a gateway refusing. */
    static final String NOTHING_MATCHED = null;

    private SampleTraceExpectations() {
    }

    public static List<SampleTrace> forSample(String sample) {
        List<SampleTrace> traces = ALL.get(sample);
        if (traces == null) {
            throw new IllegalArgumentException("no sample named " + sample);
        }
        return traces;
    }

    public static List<SampleTrace> all() {
        List<SampleTrace> all = new ArrayList<>();
        SampleDiagrams.all().keySet().forEach(name -> all.addAll(forSample(name)));
        return all;
    }

    private static final Map<String, List<SampleTrace>> ALL = Map.ofEntries(
            Map.entry("ec2-to-rds", ec2ToRds()),
            Map.entry("ec2-to-rds-broken-return", ec2ToRdsBrokenReturn()),
            Map.entry("nat-egress", natEgress()),
            Map.entry("s3-gateway-endpoint", s3GatewayEndpoint()),
            Map.entry("vpc-peering", vpcPeering()),
            Map.entry("three-tier", threeTier()),
            Map.entry("bastion", bastion()),
            Map.entry("lambda-vpc", lambdaVpc()),
            Map.entry("windows-ephemeral-ports", windowsEphemeralPorts()),
            Map.entry("hybrid-vpn", hybridVpn()),
            Map.entry("tgw-hub-spoke", tgwHubSpoke()),
            Map.entry("alb-web-app", albWebApp()));

    /** Association picks the table, propagation fills it: the sandbox's table cannot answer the app spoke [TGWRT]. */
    private static List<SampleTrace> tgwHubSpoke() {
        String s = "tgw-hub-spoke";
        return List.of(
                reachable(s, TgwHubSpokeSample.APP_1, TgwHubSpokeSample.SHARED_1, 443, "rt-shared knows the hub and"
                        + " the app spoke [TGWRT]", TgwHubSpokeSample.ATTACH_APP, TgwHubSpokeSample.TGW_RT_SHARED,
                        TgwHubSpokeSample.ATTACH_HUB),
                reachable(s, TgwHubSpokeSample.SANDBOX_1, TgwHubSpokeSample.SHARED_1, 443, "rt-isolated knows the"
                        + " hub; the hub answers through rt-shared, which knows the sandbox [TGWRT]",
                        TgwHubSpokeSample.TGW_RT_ISOLATED),
                replyDropped(s, TgwHubSpokeSample.APP_1, TgwHubSpokeSample.SANDBOX_1, 22,
                        TgwHubSpokeSample.TGW_RT_ISOLATED, NOTHING_MATCHED, "the reply is routed by rt-isolated,"
                        + " which has no route to 10.2.0.0/16 [TGWRT]"));
    }

    /** Static and propagated routes to a VGW; the ops table neither propagates nor has the BGP site's prefix [VGWPROP]. */
    private static List<SampleTrace> hybridVpn() {
        String s = "hybrid-vpn";
        return List.of(
                reachable(s, HybridVpnSample.SEOUL_OFFICE, HybridVpnSample.APP, 22, "seoul-static's static route"
                        + " 172.16.0.0/16 carries the request; app-routes' propagated route carries the reply [VPNRT]",
                        HybridVpnSample.SEOUL_VPN, HybridVpnSample.VGW),
                reachable(s, HybridVpnSample.BUSAN_DC, HybridVpnSample.APP, 443, "app-routes propagates from"
                        + " plant-vgw, so the BGP prefix 10.200.0.0/16 has a route back [VGWPROP]", HybridVpnSample.VGW),
                replyDropped(s, HybridVpnSample.BUSAN_DC, HybridVpnSample.OPS, 22, HybridVpnSample.OPS_TABLE,
                        NOTHING_MATCHED, "ops-routes does not propagate from plant-vgw and has no static route to"
                        + " 10.200.0.0/16: the reply has no route [VGWPROP]"));
    }

    private static List<SampleTrace> albWebApp() {
        String s = "alb-web-app";
        return List.of(
                reachable(s, AlbWebAppSample.INTERNET_IP, AlbWebAppSample.ALB, 443, "web-alb-sg admits 443; the node's"
                        + " new connection to 8080 passes web-alb-sg out and app-sg in [ELBHOW][ALBSG]",
                        AlbWebAppSample.IGW, AlbWebAppSample.ALB_ID, AlbWebAppSample.APP_TG, AlbWebAppSample.APP_SG)
                        .addressedTo(AlbWebAppSample.NODE_A_PUBLIC_IP),
                reachable(s, AlbWebAppSample.APP_1, AlbWebAppSample.DB, 5432, "db-sg admits 5432 from app-sg"
                        + " members [SGR]"),
                requestDropped(s, AlbWebAppSample.INTERNET_IP, AlbWebAppSample.ALB, 8443, AlbWebAppSample.ALB_SG,
                        NOTHING_MATCHED, "beta-tg's port 80 is not the 8080 web-alb-sg lets out [ALBSG]")
                        .addressedTo(AlbWebAppSample.NODE_A_PUBLIC_IP),
                requestDropped(s, AlbWebAppSample.INTERNET_IP, AlbWebAppSample.APP_1, 8080, AlbWebAppSample.IGW,
                        NOTHING_MATCHED, "app-1 has no public IP; only the load balancer is exposed [IGW]"));
    }

    /** The packet shown gets through for both; the verdict over the port range differs (WindowsEphemeralSampleTest). */
    private static List<SampleTrace> windowsEphemeralPorts() {
        String s = "windows-ephemeral-ports";
        return List.of(
                reachable(s, WindowsEphemeralSample.LINUX, WindowsEphemeralSample.DB, 1433, "db-nacl out 100 returns"
                        + " 32768-61000, which holds port 40000 and the whole Linux range [EPH]"),
                reachable(s, WindowsEphemeralSample.WINDOWS, WindowsEphemeralSample.DB, 1433, "the shown port 50000 is"
                        + " inside db-nacl out 100's 32768-61000; 61001-65535 are not [EPH] (rulebook 13)"),
                requestDropped(s, WindowsEphemeralSample.LINUX, WindowsEphemeralSample.DB, 22,
                        WindowsEphemeralSample.APP_NACL, FINAL_DENY, "app-nacl outbound allows only 1433 to db-a;"
                        + " port 22 falls to the final * [NACL]"));
    }

    private static List<SampleTrace> ec2ToRds() {
        String s = "ec2-to-rds";
        Ec2ToRdsSample x = Ec2ToRdsSample.correct();
        return List.of(
                reachable(s, x.webInstance, x.db, 3306, "db-nacl in 100 admits 3306 from web-a and out 100 "
                        + "sends the reply to 1024-65535; web-nacl in 110 admits it; SGs track the reply [NACL][CT]"),
                reachable(s, x.internetIp, x.webInstance, 443, "the IGW maps the public IP to web-1; web-nacl "
                        + "in 100 and web-sg admit 443; web-nacl out 110 carries the reply [IGW][NACL]", x.igw)
                        .addressedTo(x.webPublicIp),
                requestDropped(s, x.webInstance, x.db, 22, x.webNacl, FINAL_DENY,
                        "web-nacl outbound allows 3306 to the DB subnets and 1024-65535 anywhere; port 22 "
                        + "matches neither, so the final * denies it before it leaves web-a [NACL]"));
    }

    private static List<SampleTrace> ec2ToRdsBrokenReturn() {
        String s = "ec2-to-rds-broken-return";
        Ec2ToRdsSample x = Ec2ToRdsSample.brokenReturn();
        return List.of(
                replyDropped(s, x.webInstance, x.db, 3306, x.dbNacl, FINAL_DENY, "the reply goes to web-1's "
                        + "ephemeral port; db-nacl out 100 allows only 3306, so the final * denies [NACL]"),
                reachable(s, x.internetIp, x.webInstance, 443, "the web tier's own rules are right [IGW][NACL]",
                        x.igw).addressedTo(x.webPublicIp));
    }

    private static List<SampleTrace> natEgress() {
        String s = "nat-egress";
        return List.of(
                reachable(s, NatEgressSample.WORKER_1, NatEgressSample.INTERNET_IP, 443, "0.0.0.0/0 -> NAT, the "
                        + "NAT's subnet routes 0.0.0.0/0 -> IGW; replies are un-NATed [NAT][IGW]",
                        NatEgressSample.NAT, NatEgressSample.IGW),
                reachable(s, NatEgressSample.WORKER_2, NatEgressSample.INTERNET_IP, 443, "a NAT in another AZ "
                        + "still serves the subnet whose table routes to it [NAT]", NatEgressSample.NAT),
                requestDropped(s, NatEgressSample.INTERNET_IP, NatEgressSample.WORKER_1, 22, NatEgressSample.IGW,
                        NOTHING_MATCHED, "worker-1 has no public IP: the IGW only admits packets for a public "
                        + "IP of an attached ENI [IGW][RA IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS]"));
    }

    private static List<SampleTrace> s3GatewayEndpoint() {
        String s = "s3-gateway-endpoint";
        return List.of(
                reachable(s, S3GatewayEndpointSample.REPORTS_1, S3GatewayEndpointSample.S3, 443, "pl-63a5400a -> "
                        + "vpce in private-a's table; s3-nacl lists the S3 CIDRs both ways [GWE][NACL]",
                        S3GatewayEndpointSample.S3_ENDPOINT),
                requestDropped(s, S3GatewayEndpointSample.REPORTS_2, S3GatewayEndpointSample.S3, 443,
                        S3GatewayEndpointSample.MAIN_TABLE, NOTHING_MATCHED, "private-b uses the main table, "
                        + "which the endpoint is not associated with: no route to S3 [GWE][RT]"),
                requestDropped(s, S3GatewayEndpointSample.REPORTS_1, S3GatewayEndpointSample.INTERNET_IP, 443,
                        S3GatewayEndpointSample.REPORTS_SG, NOTHING_MATCHED, "reports-sg allows HTTPS out only to "
                        + "the S3 prefix list [SGR]"));
    }

    private static List<SampleTrace> vpcPeering() {
        String s = "vpc-peering";
        return List.of(
                reachable(s, VpcPeeringSample.APP_1, VpcPeeringSample.SHARED_1, 443, "routes to pcx A-B on both "
                        + "sides; shared-sg names A's app-sg across same-Region peering [PCX][SGR]",
                        VpcPeeringSample.PCX_AB),
                reachable(s, VpcPeeringSample.ANALYTICS_1, VpcPeeringSample.SHARED_1, 443, "routes to pcx B-C on "
                        + "both sides [PCX]", VpcPeeringSample.PCX_BC),
                requestDropped(s, VpcPeeringSample.APP_1, VpcPeeringSample.ANALYTICS_1, 443,
                        VpcPeeringSample.TABLE_A, NOTHING_MATCHED, "A's table has no route to 10.3.0.0/16: "
                        + "peering is not transitive [PCX][RA NO_ROUTE_TO_DESTINATION]"));
    }

    private static List<SampleTrace> threeTier() {
        String s = "three-tier";
        return List.of(
                reachable(s, ThreeTierSample.INTERNET_IP, ThreeTierSample.ALB, 443, "alb-sg admits 443 from "
                        + "anywhere; the public table routes the reply to the IGW [IGW][SGR]", ThreeTierSample.IGW)
                        .addressedTo("198.51.100.30"),
                reachable(s, ThreeTierSample.ALB, ThreeTierSample.APP_1, 8080, "app-sg admits 8080 from "
                        + "alb-sg members [SGR]"),
                reachable(s, ThreeTierSample.APP_1, ThreeTierSample.CACHE, 6379, "cache-sg admits 6379 from "
                        + "app-sg members [SGR]"),
                reachable(s, ThreeTierSample.APP_2, ThreeTierSample.DB, 5432, "store-db-sg admits 5432 from "
                        + "app-sg members, across AZs over the local route [SGR][RT]"),
                requestDropped(s, ThreeTierSample.ALB, ThreeTierSample.DB, 5432, ThreeTierSample.DB_SG,
                        NOTHING_MATCHED, "store-db-sg names app-sg only; the ALB is not a member [SGR]"));
    }

    private static List<SampleTrace> bastion() {
        String s = "bastion";
        String bastionPublicIp = "198.51.100.40";
        return List.of(
                reachable(s, BastionSample.ADMIN_IP, BastionSample.BASTION, 22, "bastion-nacl in 100 and "
                        + "bastion-sg admit 22 from the admin /32; out 110 carries the reply [NACL][SGR]",
                        BastionSample.IGW).addressedTo(bastionPublicIp),
                reachable(s, BastionSample.BASTION, BastionSample.APP_1, 22, "private-sg admits 22 from "
                        + "bastion-sg members; private-nacl out 100 and bastion-nacl in 110 carry the reply [NACL]"),
                reachable(s, BastionSample.BASTION, BastionSample.APP_2, 22, "the same across AZs [NACL][SGR]"),
                requestDropped(s, BastionSample.INTERNET_IP, BastionSample.BASTION, 22, BastionSample.BASTION_NACL,
                        FINAL_DENY, "bastion-nacl in 100 admits only the admin's /32 [NACL]")
                        .addressedTo(bastionPublicIp),
                requestDropped(s, BastionSample.ADMIN_IP, BastionSample.APP_1, 22, BastionSample.IGW,
                        NOTHING_MATCHED, "app-1 has no public IP, so the internet cannot address it [IGW]"));
    }

    private static List<SampleTrace> lambdaVpc() {
        String s = "lambda-vpc";
        return List.of(
                reachable(s, LambdaVpcSample.INGEST_FN, LambdaVpcSample.S3, 443, "the prefix-list route to the "
                        + "gateway endpoint needs no NAT [GWE]", LambdaVpcSample.S3_ENDPOINT),
                reachable(s, LambdaVpcSample.INGEST_FN, LambdaVpcSample.SQS_ENDPOINT, 443, "an interface "
                        + "endpoint is an ENI in the VPC; sqs-endpoint-sg admits 443 from the VPC [IFE]"),
                reachable(s, LambdaVpcSample.NOTIFY_FN, LambdaVpcSample.SQS_ENDPOINT, 443, "from private-b the "
                        + "endpoint is reached over the local route, through both subnets' NACLs [IFE][RT]",
                        LambdaVpcSample.NAT_TABLE),
                requestDropped(s, LambdaVpcSample.INGEST_FN, LambdaVpcSample.INTERNET_IP, 443,
                        LambdaVpcSample.ISOLATED_TABLE, NOTHING_MATCHED, "events-isolated has no default route: "
                        + "no internet without a NAT [RT][RA NO_ROUTE_TO_DESTINATION]"),
                reachable(s, LambdaVpcSample.NOTIFY_FN, LambdaVpcSample.INTERNET_IP, 443, "0.0.0.0/0 -> NAT in "
                        + "public-b, then the IGW [NAT][IGW]", LambdaVpcSample.NAT, LambdaVpcSample.IGW),
                reachable(s, LambdaVpcSample.NOTIFY_FN, LambdaVpcSample.S3, 443, "the S3 prefix-list route is "
                        + "more specific than 0.0.0.0/0 -> NAT, so S3 traffic takes the endpoint [RT][GWE]",
                        LambdaVpcSample.S3_ENDPOINT));
    }
}
