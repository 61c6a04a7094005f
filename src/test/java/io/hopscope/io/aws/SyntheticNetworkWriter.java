package io.hopscope.io.aws;

import static io.hopscope.io.aws.SyntheticJson.close;
import static io.hopscope.io.aws.SyntheticJson.open;
import static io.hopscope.io.aws.SyntheticJson.strings;
import static io.hopscope.io.aws.SyntheticJson.tags;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;

/** The network part of {@link SyntheticAccount}: VPCs, subnets, gateways, peering, prefix list, endpoints. */
final class SyntheticNetworkWriter {

    private static final List<String> S3_CIDRS = List.of("3.5.0.0/19", "16.182.0.0/16", "18.34.0.0/19",
            "52.216.0.0/15", "54.231.0.0/16");

    private final SyntheticAccount.Scale scale;
    private final SyntheticIds ids;

    SyntheticNetworkWriter(SyntheticAccount.Scale scale, SyntheticIds ids) {
        this.scale = scale;
        this.ids = ids;
    }

    void vpcs(JsonGenerator g) throws IOException {
        open(g, "Vpcs");
        for (int v = 0; v < scale.vpcs(); v++) {
            g.writeStartObject();
            g.writeStringField("VpcId", ids.vpc(v));
            g.writeStringField("CidrBlock", ids.vpcCidr(v));
            g.writeArrayFieldStart("CidrBlockAssociationSet");
            g.writeStartObject();
            g.writeStringField("CidrBlock", ids.vpcCidr(v));
            g.writeObjectFieldStart("CidrBlockState");
            g.writeStringField("State", "associated");
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndArray();
            g.writeStringField("State", "available");
            g.writeBooleanField("IsDefault", false);
            g.writeStringField("OwnerId", "111122223333");
            tags(g, "Tags", "vpc-" + v);
            g.writeEndObject();
        }
        close(g);
    }

    void subnets(JsonGenerator g) throws IOException {
        open(g, "Subnets");
        for (int v = 0; v < scale.vpcs(); v++) {
            for (int s = 0; s < scale.subnetsPerVpc(); s++) {
                g.writeStartObject();
                g.writeStringField("SubnetId", ids.subnet(v, s));
                g.writeStringField("VpcId", ids.vpc(v));
                g.writeStringField("CidrBlock", ids.subnetCidr(v, s));
                g.writeStringField("AvailabilityZone", ids.zone(s));
                g.writeNumberField("AvailableIpAddressCount", 251);
                g.writeBooleanField("MapPublicIpOnLaunch", ids.isPublic(s));
                g.writeStringField("State", "available");
                g.writeArrayFieldStart("Ipv6CidrBlockAssociationSet");
                g.writeEndArray();
                tags(g, "Tags", (ids.isPublic(s) ? "public-" : "private-") + v + "-" + s);
                g.writeEndObject();
            }
        }
        close(g);
    }

    void internetGateways(JsonGenerator g) throws IOException {
        open(g, "InternetGateways");
        for (int v = 0; v < scale.vpcs(); v++) {
            g.writeStartObject();
            g.writeStringField("InternetGatewayId", ids.igw(v));
            g.writeArrayFieldStart("Attachments");
            g.writeStartObject();
            g.writeStringField("State", "available");
            g.writeStringField("VpcId", ids.vpc(v));
            g.writeEndObject();
            g.writeEndArray();
            tags(g, "Tags", "igw-" + v);
            g.writeEndObject();
        }
        close(g);
    }

    /** One public NAT per VPC in subnet 0; CreateTime in boto's form, as Batfish snapshots have it. */
    void natGateways(JsonGenerator g) throws IOException {
        open(g, "NatGateways");
        for (int v = 0; v < scale.vpcs(); v++) {
            g.writeStartObject();
            g.writeStringField("NatGatewayId", ids.nat(v));
            g.writeStringField("SubnetId", ids.subnet(v, 0));
            g.writeStringField("VpcId", ids.vpc(v));
            g.writeStringField("State", "available");
            g.writeStringField("ConnectivityType", "public");
            g.writeStringField("CreateTime", "2024-05-14 09:12:44+00:00");
            g.writeArrayFieldStart("NatGatewayAddresses");
            g.writeStartObject();
            g.writeStringField("NetworkInterfaceId", ids.natEni(v));
            g.writeStringField("PrivateIp", ids.ip(v, 0, 5));
            g.writeStringField("PublicIp", ids.publicIp(900_000 + v));
            g.writeBooleanField("IsPrimary", true);
            g.writeEndObject();
            g.writeEndArray();
            tags(g, "Tags", "nat-" + v);
            g.writeEndObject();
        }
        close(g);
    }

    void peeringConnections(JsonGenerator g) throws IOException {
        open(g, "VpcPeeringConnections");
        for (int p = 0; p < scale.peerings(); p++) {
            g.writeStartObject();
            g.writeStringField("VpcPeeringConnectionId", ids.pcx(p));
            vpcInfo(g, "RequesterVpcInfo", p);
            vpcInfo(g, "AccepterVpcInfo", p + 1);
            g.writeObjectFieldStart("Status");
            g.writeStringField("Code", "active");
            g.writeStringField("Message", "Active");
            g.writeEndObject();
            tags(g, "Tags", "peer-" + p + "-" + (p + 1));
            g.writeEndObject();
        }
        close(g);
    }

    private void vpcInfo(JsonGenerator g, String field, int v) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("CidrBlock", ids.vpcCidr(v));
        g.writeStringField("OwnerId", "111122223333");
        g.writeStringField("VpcId", ids.vpc(v));
        g.writeStringField("Region", SyntheticAccount.REGION);
        g.writeEndObject();
    }

    void prefixLists(JsonGenerator g) throws IOException {
        open(g, "PrefixLists");
        g.writeStartObject();
        g.writeArrayFieldStart("Cidrs");
        for (String c : S3_CIDRS) {
            g.writeString(c);
        }
        g.writeEndArray();
        g.writeStringField("PrefixListId", SyntheticAccount.S3_PREFIX_LIST);
        g.writeStringField("PrefixListName", "com.amazonaws." + SyntheticAccount.REGION + ".s3");
        g.writeEndObject();
        close(g);
    }

    /** An S3 gateway endpoint per VPC on its private route table; CreationTimestamp in the CLI's ISO form. */
    void vpcEndpoints(JsonGenerator g) throws IOException {
        open(g, "VpcEndpoints");
        for (int v = 0; v < scale.vpcs(); v++) {
            g.writeStartObject();
            g.writeStringField("VpcEndpointId", ids.vpce(v));
            g.writeStringField("VpcEndpointType", "Gateway");
            g.writeStringField("VpcId", ids.vpc(v));
            g.writeStringField("ServiceName", "com.amazonaws." + SyntheticAccount.REGION + ".s3");
            g.writeStringField("State", "available");
            strings(g, "RouteTableIds", ids.privateTable(v));
            strings(g, "SubnetIds");
            strings(g, "NetworkInterfaceIds");
            g.writeArrayFieldStart("Groups");
            g.writeEndArray();
            g.writeStringField("CreationTimestamp", "2024-05-14T09:20:03.000Z");
            tags(g, "Tags", "s3-" + v);
            g.writeEndObject();
        }
        close(g);
    }

}
