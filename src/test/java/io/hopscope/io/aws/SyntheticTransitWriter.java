package io.hopscope.io.aws;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;

/**
 * The synthetic account's transit gateways: {@link #TGWS} gateways, each with one route table
 * and an attachment of every VPC (attachment subnets in the first three AZ columns), associated
 * with and propagating into its table, plus one static blackhole per table. 5 x 20 VPCs = 100
 * attachments at the quota scale. Batfish's shapes, as in the v2 samples.
 */
final class SyntheticTransitWriter {
    static final int TGWS = 5;

    private final SyntheticAccount.Scale scale;
    private final SyntheticIds ids;

    SyntheticTransitWriter(SyntheticAccount.Scale scale, SyntheticIds ids) {
        this.scale = scale;
        this.ids = ids;
    }

    static String tgw(int t) {
        return SyntheticIds.id("tgw-", 30, t);
    }

    static String table(int t) {
        return SyntheticIds.id("tgw-rtb-", 31, t);
    }

    static String attachment(int t, int v) {
        return SyntheticIds.id("tgw-attach-", 32, (long) t * 1000 + v);
    }

    int attachments() {
        return TGWS * scale.vpcs();
    }

    void gateways(JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeArrayFieldStart("TransitGateways");
        for (int t = 0; t < TGWS; t++) {
            g.writeStartObject();
            g.writeStringField("TransitGatewayId", tgw(t));
            g.writeStringField("State", "available");
            g.writeObjectFieldStart("Options");
            g.writeStringField("SecurityGroupReferencingSupport", "disable");
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    void attachments(JsonGenerator g, boolean vpcShape) throws IOException {
        g.writeStartObject();
        g.writeArrayFieldStart(vpcShape ? "TransitGatewayVpcAttachments" : "TransitGatewayAttachments");
        for (int t = 0; t < TGWS; t++) {
            for (int v = 0; v < scale.vpcs(); v++) {
                g.writeStartObject();
                g.writeStringField("TransitGatewayAttachmentId", attachment(t, v));
                g.writeStringField("TransitGatewayId", tgw(t));
                g.writeStringField("State", "available");
                g.writeStringField("CreationTime", "2024-05-14T09:12:" + String.format("%02d", v % 60) + "+00:00");
                if (vpcShape) {
                    g.writeStringField("VpcId", ids.vpc(v));
                    g.writeArrayFieldStart("SubnetIds");
                    for (int s = 0; s < Math.min(3, scale.subnetsPerVpc()); s++) {
                        g.writeString(ids.subnet(v, s));
                    }
                    g.writeEndArray();
                } else {
                    g.writeStringField("ResourceType", "vpc");
                    g.writeStringField("ResourceId", ids.vpc(v));
                    g.writeObjectFieldStart("Association");
                    g.writeStringField("TransitGatewayRouteTableId", table(t));
                    g.writeStringField("State", "associated");
                    g.writeEndObject();
                }
                g.writeEndObject();
            }
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    void routeTables(JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeArrayFieldStart("TransitGatewayRouteTables");
        for (int t = 0; t < TGWS; t++) {
            g.writeStartObject();
            g.writeStringField("TransitGatewayRouteTableId", table(t));
            g.writeStringField("TransitGatewayId", tgw(t));
            g.writeStringField("State", "available");
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    void propagations(JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeArrayFieldStart("TransitGatewayPropagations");
        for (int t = 0; t < TGWS; t++) {
            g.writeStartObject();
            g.writeStringField("TransitGatewayRouteTableId", table(t));
            g.writeArrayFieldStart("TransitGatewayRouteTablePropagations");
            for (int v = 0; v < scale.vpcs(); v++) {
                g.writeStartObject();
                g.writeStringField("TransitGatewayAttachmentId", attachment(t, v));
                g.writeStringField("ResourceId", ids.vpc(v));
                g.writeStringField("ResourceType", "vpc");
                g.writeStringField("State", "enabled");
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    void staticRoutes(JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeArrayFieldStart("TransitGatewayStaticRoutes");
        for (int t = 0; t < TGWS; t++) {
            g.writeStartObject();
            g.writeStringField("TransitGatewayRouteTableId", table(t));
            g.writeArrayFieldStart("Routes");
            g.writeStartObject();
            g.writeStringField("DestinationCidrBlock", "192.168." + t + ".0/24");
            g.writeStringField("Type", "static");
            g.writeStringField("State", "blackhole");
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
