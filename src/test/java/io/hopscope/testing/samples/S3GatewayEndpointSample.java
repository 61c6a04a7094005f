package io.hopscope.testing.samples;

import static io.hopscope.testing.samples.SampleResources.AZ_A;
import static io.hopscope.testing.samples.SampleResources.AZ_B;
import static io.hopscope.testing.samples.SampleResources.EPHEMERAL;
import static io.hopscope.testing.samples.SampleResources.S3_CIDRS;
import static io.hopscope.testing.samples.SampleResources.S3_PREFIX_LIST_ID;

import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.Layout;
import io.hopscope.model.AclEntry;
import io.hopscope.model.EndpointType;
import io.hopscope.model.InterfaceType;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Route;
import io.hopscope.model.RouteTargetKind;
import io.hopscope.model.SgPeer;
import io.hopscope.model.VpcEndpoint;
import io.hopscope.model.WorkloadKind;
import io.hopscope.model.net.PortRange;
import java.util.ArrayList;
import java.util.List;

/**
 * Private subnets reach S3 through a gateway endpoint: a prefix-list route in the tables the endpoint
 * is associated with [GWE]. The NACL has to name S3's CIDRs, because NACL entries take CIDRs only [NACL].
 */
final class S3GatewayEndpointSample {

    static final SampleIds IDS = new SampleIds(3);
    static final String VPC = IDS.of("vpc-", 0x01);
    static final String PRIVATE_A = IDS.of("subnet-", 0x02);
    static final String PRIVATE_B = IDS.of("subnet-", 0x03);
    static final String MAIN_TABLE = IDS.of("rtb-", 0x04);
    static final String ENDPOINT_TABLE = IDS.of("rtb-", 0x05);
    static final String DEFAULT_NACL = IDS.of("acl-", 0x06);
    static final String S3_NACL = IDS.of("acl-", 0x07);
    static final String DEFAULT_SG = IDS.of("sg-", 0x08);
    static final String REPORTS_SG = IDS.of("sg-", 0x09);
    static final String S3_ENDPOINT = IDS.of("vpce-", 0x0a);
    static final String REPORTS_1_ENI = IDS.of("eni-", 0x0b);
    static final String REPORTS_2_ENI = IDS.of("eni-", 0x0c);
    static final String REPORTS_1 = IDS.of("i-", 0x0d);
    static final String REPORTS_2 = IDS.of("i-", 0x0e);
    static final String S3 = "s3";
    static final String INTERNET_IP = "203.0.113.10";

    private static final String VPC_CIDR = "10.20.0.0/16";

    private S3GatewayEndpointSample() {
    }

    static Diagram diagram() {
        return new Diagram("Private subnet reaches S3 through a gateway endpoint", DESCRIPTION, model(), layout());
    }

    private static NetworkModel model() {
        return NetworkModel.builder()
                .add(SampleResources.vpc(VPC, "analytics", VPC_CIDR))
                .add(SampleResources.subnet(PRIVATE_A, "private-a", VPC, "10.20.1.0/24", AZ_A))
                .add(SampleResources.subnet(PRIVATE_B, "private-b", VPC, "10.20.2.0/24", AZ_B))
                .add(SampleResources.mainTable(MAIN_TABLE, "analytics-main", VPC, VPC_CIDR))
                .add(SampleResources.table(ENDPOINT_TABLE, "analytics-private-a", VPC, VPC_CIDR, List.of(PRIVATE_A),
                        Route.toPrefixList(S3_PREFIX_LIST_ID, RouteTargetKind.GATEWAY_ENDPOINT, S3_ENDPOINT)))
                .add(SampleResources.defaultNacl(DEFAULT_NACL, "analytics-default", VPC))
                .add(SampleResources.nacl(S3_NACL, "s3-nacl", VPC, List.of(PRIVATE_A, PRIVATE_B), s3Entries()))
                .add(SampleResources.defaultSg(DEFAULT_SG, VPC))
                // Security group rules, unlike NACL entries, may name the prefix list itself [SGR].
                .add(SampleResources.sg(REPORTS_SG, "reports-sg", VPC, "HTTPS to S3 only", List.of(),
                        List.of(SampleResources.tcp(443, SgPeer.prefixList(S3_PREFIX_LIST_ID), "HTTPS to S3"))))
                .add(SampleResources.s3PrefixList())
                .add(new VpcEndpoint(S3_ENDPOINT, "analytics-s3", VPC, EndpointType.GATEWAY,
                        "com.amazonaws.us-east-1.s3", List.of(ENDPOINT_TABLE), List.of(), List.of(), List.of(),
                        "available"))
                .add(SampleResources.eni(REPORTS_1_ENI, "reports-1-eni", PRIVATE_A, InterfaceType.INSTANCE,
                        "10.20.1.30", null, "Primary network interface", REPORTS_SG))
                .add(SampleResources.eni(REPORTS_2_ENI, "reports-2-eni", PRIVATE_B, InterfaceType.INSTANCE,
                        "10.20.2.30", null, "Primary network interface", REPORTS_SG))
                .add(SampleResources.workload(REPORTS_1, "reports-1", WorkloadKind.EC2, REPORTS_1_ENI))
                .add(SampleResources.workload(REPORTS_2, "reports-2", WorkloadKind.EC2, REPORTS_2_ENI))
                .add(SampleResources.s3Service())
                .build();
    }

    /** One inbound rule per S3 block for the replies, one outbound rule per block for HTTPS [NACL]. */
    private static AclEntry[] s3Entries() {
        List<AclEntry> entries = new ArrayList<>();
        for (int i = 0; i < S3_CIDRS.size(); i++) {
            entries.add(SampleResources.tcpIn(100 + 10 * i, EPHEMERAL, S3_CIDRS.get(i)));
        }
        for (int i = 0; i < S3_CIDRS.size(); i++) {
            entries.add(SampleResources.tcpOut(100 + 10 * i, PortRange.single(443), S3_CIDRS.get(i)));
        }
        return entries.toArray(AclEntry[]::new);
    }

    private static Layout layout() {
        SampleCanvas canvas = new SampleCanvas();
        canvas.vpc(VPC, 40, 200, 2, 1);
        canvas.gateway(S3_ENDPOINT, VPC, 0);
        canvas.externalAbove(S3, VPC, 0);
        canvas.subnet(PRIVATE_A, VPC, 0, 0);
        canvas.subnet(PRIVATE_B, VPC, 1, 0);
        canvas.boxes(PRIVATE_A, REPORTS_1);
        canvas.boxes(PRIVATE_B, REPORTS_2);
        return canvas.layout();
    }

    private static final String DESCRIPTION = "A VPC with no internet gateway and no NAT reaches Amazon S3 "
            + "privately through a gateway endpoint. The endpoint is associated with analytics-private-a, which "
            + "gets the route pl-63a5400a (the S3 prefix list) -> the endpoint; reports-sg allows HTTPS out to "
            + "that prefix list, and s3-nacl lists S3's address blocks (52.216.0.0/15 and the others) for tcp 443 "
            + "out and for the ephemeral-port replies in, because NACL entries cannot name a prefix list. Trace "
            + "reports-1 to s3 on tcp/443: security group, NACL, prefix-list route, endpoint, and the reply back "
            + "through the NACL. Then trace reports-2 to s3: the same NACL and security group, but private-b "
            + "uses the main table, which the endpoint is not associated with, so there is no route. The traps: "
            + "a gateway endpoint is a route, not a box you can reach from any subnet, and the NACL must list "
            + "the service's CIDRs, which AWS can change; nothing here reaches the rest of the internet.";
}
