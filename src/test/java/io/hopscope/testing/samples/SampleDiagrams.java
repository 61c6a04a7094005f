package io.hopscope.testing.samples;

import io.hopscope.diagram.Diagram;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The sample diagrams shipped in {@code diagrams/}, one builder per file. Users open these first and
 * learners study them, so each is a correct AWS network with a description of what to trace.
 */
public final class SampleDiagrams {

    private SampleDiagrams() {
    }

    /** Public EC2 web server to a private RDS MySQL, custom NACLs open for 3306 and the ephemeral reply. */
    public static Diagram ec2ToRds() {
        return Ec2ToRdsSample.correct().diagram();
    }

    /** As {@link #ec2ToRds()}, but the DB subnets' NACL lets only 3306 back out: the reply is denied. */
    public static Diagram ec2ToRdsBrokenReturn() {
        return Ec2ToRdsSample.brokenReturn().diagram();
    }

    public static Diagram natEgress() {
        return NatEgressSample.diagram();
    }

    public static Diagram s3GatewayEndpoint() {
        return S3GatewayEndpointSample.diagram();
    }

    public static Diagram vpcPeering() {
        return VpcPeeringSample.diagram();
    }

    public static Diagram threeTier() {
        return ThreeTierSample.diagram();
    }

    public static Diagram bastion() {
        return BastionSample.diagram();
    }

    public static Diagram lambdaVpc() {
        return LambdaVpcSample.diagram();
    }

    /** A Linux and a Windows client against a NACL that answers only the Linux range: PORT_DEPENDENT. */
    public static Diagram windowsEphemeralPorts() {
        return WindowsEphemeralSample.diagram();
    }

    /** A static VPN and a BGP VPN behind one VGW; a subnet without route propagation cannot answer the BGP site. */
    public static Diagram hybridVpn() {
        return HybridVpnSample.diagram();
    }

    /** Three VPCs on one transit gateway; the sandbox spoke's separate TGW route table cannot answer the app spoke. */
    public static Diagram tgwHubSpoke() {
        return TgwHubSpokeSample.diagram();
    }

    /** Internet -> ALB -> app -> database, and a target group on the wrong port as the trap. */
    public static Diagram albWebApp() {
        return AlbWebAppSample.diagram();
    }

    /** File name (without {@code .json}) to builder, in the order the README lists them. */
    public static Map<String, Supplier<Diagram>> all() {
        Map<String, Supplier<Diagram>> all = new LinkedHashMap<>();
        all.put("ec2-to-rds", SampleDiagrams::ec2ToRds);
        all.put("ec2-to-rds-broken-return", SampleDiagrams::ec2ToRdsBrokenReturn);
        all.put("nat-egress", SampleDiagrams::natEgress);
        all.put("s3-gateway-endpoint", SampleDiagrams::s3GatewayEndpoint);
        all.put("vpc-peering", SampleDiagrams::vpcPeering);
        all.put("three-tier", SampleDiagrams::threeTier);
        all.put("bastion", SampleDiagrams::bastion);
        all.put("lambda-vpc", SampleDiagrams::lambdaVpc);
        all.put("windows-ephemeral-ports", SampleDiagrams::windowsEphemeralPorts);
        all.put("hybrid-vpn", SampleDiagrams::hybridVpn);
        all.put("tgw-hub-spoke", SampleDiagrams::tgwHubSpoke);
        all.put("alb-web-app", SampleDiagrams::albWebApp);
        return all;
    }
}
