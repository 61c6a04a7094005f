package io.hopscope.testing.samples;

import static io.hopscope.testing.samples.SampleResources.AZ_A;
import static io.hopscope.testing.samples.SampleResources.AZ_B;
import static io.hopscope.testing.samples.SampleResources.S3_PREFIX_LIST_ID;
import static io.hopscope.testing.samples.SampleResources.allTrafficOut;
import static io.hopscope.testing.samples.SampleResources.cidrPeer;
import static io.hopscope.testing.samples.SampleResources.route;
import static io.hopscope.testing.samples.SampleResources.tcp;

import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.Layout;
import io.hopscope.model.EndpointType;
import io.hopscope.model.InterfaceType;
import io.hopscope.model.InternetGateway;
import io.hopscope.model.NatGateway;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Route;
import io.hopscope.model.RouteTargetKind;
import io.hopscope.model.VpcEndpoint;
import io.hopscope.model.WorkloadKind;
import io.hopscope.model.net.IpAddress;
import java.util.List;

/**
 * Two Lambda functions in VPC mode: one in a subnet without a NAT route (no internet, AWS services only
 * through endpoints), one whose subnet routes to a NAT gateway. A Lambda ENI never gets a public IP.
 */
final class LambdaVpcSample {

    static final SampleIds IDS = new SampleIds(7);
    static final String VPC = IDS.of("vpc-", 0x01);
    static final String IGW = IDS.of("igw-", 0x02);
    static final String PUBLIC_B = IDS.of("subnet-", 0x03);
    static final String PRIVATE_A = IDS.of("subnet-", 0x04);
    static final String PRIVATE_B = IDS.of("subnet-", 0x05);
    static final String MAIN_TABLE = IDS.of("rtb-", 0x06);
    static final String PUBLIC_TABLE = IDS.of("rtb-", 0x07);
    static final String ISOLATED_TABLE = IDS.of("rtb-", 0x08);
    static final String NAT_TABLE = IDS.of("rtb-", 0x09);
    static final String DEFAULT_NACL = IDS.of("acl-", 0x0a);
    static final String DEFAULT_SG = IDS.of("sg-", 0x0b);
    static final String INGEST_SG = IDS.of("sg-", 0x0c);
    static final String NOTIFY_SG = IDS.of("sg-", 0x0d);
    static final String ENDPOINT_SG = IDS.of("sg-", 0x0e);
    static final String NAT = IDS.of("nat-", 0x0f);
    static final String NAT_ENI = IDS.of("eni-", 0x10);
    static final String S3_ENDPOINT = IDS.of("vpce-", 0x11);
    static final String SQS_ENDPOINT = IDS.of("vpce-", 0x12);
    static final String SQS_ENDPOINT_ENI = IDS.of("eni-", 0x13);
    static final String INGEST_ENI = IDS.of("eni-", 0x14);
    static final String NOTIFY_ENI = IDS.of("eni-", 0x15);
    static final String INGEST_FN = "ingest-fn";
    static final String NOTIFY_FN = "notify-fn";
    static final String S3 = "s3";
    static final String INTERNET = "internet-host";
    static final String INTERNET_IP = "203.0.113.10";
    static final String NAT_ELASTIC_IP = "198.51.100.50";

    private static final String VPC_CIDR = "10.50.0.0/16";

    private LambdaVpcSample() {
    }

    static Diagram diagram() {
        return new Diagram("Lambda functions in a VPC: NAT, no NAT, and endpoints", DESCRIPTION, model(), layout());
    }

    private static NetworkModel model() {
        return NetworkModel.builder()
                .add(SampleResources.vpc(VPC, "events", VPC_CIDR))
                .add(new InternetGateway(IGW, "events-igw", VPC))
                .add(SampleResources.subnet(PUBLIC_B, "public-b", VPC, "10.50.0.0/24", AZ_B))
                .add(SampleResources.subnet(PRIVATE_A, "private-a", VPC, "10.50.1.0/24", AZ_A))
                .add(SampleResources.subnet(PRIVATE_B, "private-b", VPC, "10.50.2.0/24", AZ_B))
                .add(SampleResources.mainTable(MAIN_TABLE, "events-main", VPC, VPC_CIDR))
                .add(SampleResources.table(PUBLIC_TABLE, "events-public", VPC, VPC_CIDR, List.of(PUBLIC_B),
                        route("0.0.0.0/0", RouteTargetKind.INTERNET_GATEWAY, IGW)))
                .add(SampleResources.table(ISOLATED_TABLE, "events-isolated", VPC, VPC_CIDR, List.of(PRIVATE_A),
                        s3Route()))
                .add(SampleResources.table(NAT_TABLE, "events-egress", VPC, VPC_CIDR, List.of(PRIVATE_B),
                        route("0.0.0.0/0", RouteTargetKind.NAT_GATEWAY, NAT), s3Route()))
                .add(SampleResources.defaultNacl(DEFAULT_NACL, "events-default", VPC, PUBLIC_B, PRIVATE_A, PRIVATE_B))
                .add(SampleResources.defaultSg(DEFAULT_SG, VPC))
                .add(SampleResources.sg(INGEST_SG, "ingest-fn-sg", VPC, "no inbound; all outbound", List.of(),
                        List.of(allTrafficOut())))
                .add(SampleResources.sg(NOTIFY_SG, "notify-fn-sg", VPC, "no inbound; all outbound", List.of(),
                        List.of(allTrafficOut())))
                .add(SampleResources.sg(ENDPOINT_SG, "sqs-endpoint-sg", VPC, "HTTPS from the VPC",
                        List.of(tcp(443, cidrPeer(VPC_CIDR), "HTTPS from the VPC")), List.of(allTrafficOut())))
                .add(new NatGateway(NAT, "events-nat", PUBLIC_B, true, IpAddress.parse("10.50.0.10"),
                        IpAddress.parse(NAT_ELASTIC_IP), NAT_ENI, "available"))
                .add(SampleResources.eni(NAT_ENI, "events-nat-eni", PUBLIC_B, InterfaceType.NAT_GATEWAY, "10.50.0.10",
                        NAT_ELASTIC_IP, "Interface for NAT Gateway " + NAT))
                .add(SampleResources.s3PrefixList())
                .add(new VpcEndpoint(S3_ENDPOINT, "events-s3", VPC, EndpointType.GATEWAY, "com.amazonaws.us-east-1.s3",
                        List.of(ISOLATED_TABLE, NAT_TABLE), List.of(), List.of(), List.of(), "available"))
                .add(new VpcEndpoint(SQS_ENDPOINT, "events-sqs", VPC, EndpointType.INTERFACE,
                        "com.amazonaws.us-east-1.sqs", List.of(), List.of(PRIVATE_A), List.of(SQS_ENDPOINT_ENI),
                        List.of(ENDPOINT_SG), "available"))
                .add(SampleResources.eni(SQS_ENDPOINT_ENI, "events-sqs-eni", PRIVATE_A, InterfaceType.VPC_ENDPOINT,
                        "10.50.1.100", null, "VPC Endpoint Interface " + SQS_ENDPOINT, ENDPOINT_SG))
                .add(SampleResources.eni(INGEST_ENI, "ingest-fn-eni", PRIVATE_A, InterfaceType.LAMBDA, "10.50.1.20",
                        null, "AWS Lambda VPC ENI-ingest-fn-4f1c2a9e", INGEST_SG))
                .add(SampleResources.eni(NOTIFY_ENI, "notify-fn-eni", PRIVATE_B, InterfaceType.LAMBDA, "10.50.2.20",
                        null, "AWS Lambda VPC ENI-notify-fn-8b3d7e05", NOTIFY_SG))
                .add(SampleResources.workload(INGEST_FN, INGEST_FN, WorkloadKind.LAMBDA, INGEST_ENI))
                .add(SampleResources.workload(NOTIFY_FN, NOTIFY_FN, WorkloadKind.LAMBDA, NOTIFY_ENI))
                .add(SampleResources.s3Service())
                .add(SampleResources.internetHost(INTERNET, "webhook", INTERNET_IP))
                .build();
    }

    private static Route s3Route() {
        return Route.toPrefixList(S3_PREFIX_LIST_ID, RouteTargetKind.GATEWAY_ENDPOINT, S3_ENDPOINT);
    }

    private static Layout layout() {
        SampleCanvas canvas = new SampleCanvas();
        canvas.vpc(VPC, 40, 200, 2, 2);
        canvas.gateway(S3_ENDPOINT, VPC, 0);
        canvas.gateway(IGW, VPC, 1);
        canvas.externalAbove(S3, VPC, 0);
        canvas.externalAbove(INTERNET, VPC, 1);
        canvas.subnet(PUBLIC_B, VPC, 1, 0);
        canvas.subnet(PRIVATE_A, VPC, 0, 1);
        canvas.subnet(PRIVATE_B, VPC, 1, 1);
        canvas.boxes(PUBLIC_B, NAT);
        canvas.boxes(PRIVATE_A, INGEST_FN, SQS_ENDPOINT);
        canvas.boxes(PRIVATE_B, NOTIFY_FN);
        return canvas.layout();
    }

    private static final String DESCRIPTION = "Two Lambda functions attached to a VPC. A function in VPC mode "
            + "sends through an ENI in its subnet that never has a public IP, so it follows the subnet's route "
            + "table like any instance. ingest-fn runs in private-a, whose table events-isolated has only the "
            + "local route and the S3 prefix-list route: trace it to s3 on tcp/443 (through the gateway endpoint) "
            + "and to the SQS interface endpoint on 443 (an ENI in private-a guarded by sqs-endpoint-sg), then "
            + "to the webhook 203.0.113.10, which fails for lack of a route. notify-fn runs in private-b, whose "
            + "table sends 0.0.0.0/0 to the NAT gateway in public-b: trace it to the webhook and see the NAT "
            + "and the internet gateway translate its address, then to s3 and see the more specific prefix-list "
            + "route win over the NAT's 0.0.0.0/0. The trap: putting a function in a public subnet does not give "
            + "it internet access (its ENI has no public IP); it needs a private subnet with a NAT route, or "
            + "endpoints for the AWS services it calls.";
}
