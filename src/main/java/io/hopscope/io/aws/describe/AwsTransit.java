package io.hopscope.io.aws.describe;

import java.time.Instant;
import java.util.List;

/**
 * The describe records of transit gateways (rulebook 7.1) in the shapes the AWS CLI prints them,
 * plus Batfish's two aggregates ({@code TransitGatewayStaticRoutes}: one search-transit-gateway-routes
 * answer per table; {@code TransitGatewayPropagations}: one get-transit-gateway-route-table-propagations
 * answer per table), and Lambda's list-functions.
 */
public final class AwsTransit {

    private AwsTransit() {
    }

    /** describe-transit-gateways {@code TransitGateways}. */
    public record TransitGateway(String transitGatewayId, String state, String ownerId, TgwOptions options,
                                 List<AwsTag> tags) {
        public TransitGateway {
            tags = AwsTag.orEmpty(tags);
        }
    }

    public record TgwOptions(String securityGroupReferencingSupport, String applianceModeSupport) {
    }

    /** describe-transit-gateway-attachments {@code TransitGatewayAttachments}. */
    public record Attachment(String transitGatewayAttachmentId, String transitGatewayId, String resourceType,
                             String resourceId, String state, Instant creationTime, Association association,
                             List<AwsTag> tags) {
        public Attachment {
            tags = AwsTag.orEmpty(tags);
        }
    }

    public record Association(String transitGatewayRouteTableId, String state) {
    }

    /** describe-transit-gateway-vpc-attachments {@code TransitGatewayVpcAttachments}. */
    public record VpcAttachment(String transitGatewayAttachmentId, String transitGatewayId, String vpcId, String state,
                                List<String> subnetIds, Instant creationTime, TgwOptions options, List<AwsTag> tags) {
        public VpcAttachment {
            subnetIds = AwsTag.orEmpty(subnetIds);
            tags = AwsTag.orEmpty(tags);
        }
    }

    /** describe-transit-gateway-peering-attachments {@code TransitGatewayPeeringAttachments}. */
    public record PeeringAttachment(String transitGatewayAttachmentId, String accepterTransitGatewayAttachmentId,
                                    TgwInfo requesterTgwInfo, TgwInfo accepterTgwInfo, String state, List<AwsTag> tags) {
        public PeeringAttachment {
            tags = AwsTag.orEmpty(tags);
        }
    }

    public record TgwInfo(String transitGatewayId, String ownerId, String region) {
    }

    /** describe-transit-gateway-route-tables {@code TransitGatewayRouteTables}. */
    public record RouteTable(String transitGatewayRouteTableId, String transitGatewayId, String state,
                             List<AwsTag> tags) {
        public RouteTable {
            tags = AwsTag.orEmpty(tags);
        }
    }

    /** Batfish's {@code TransitGatewayStaticRoutes}: one table's search-transit-gateway-routes answer. */
    public record StaticRoutes(String transitGatewayRouteTableId, List<Route> routes) {
        public StaticRoutes {
            routes = AwsTag.orEmpty(routes);
        }
    }

    /** A route as search-transit-gateway-routes prints it (Type static|propagated, State active|blackhole). */
    public record Route(String destinationCidrBlock, String prefixListId, String type, String state,
                        List<RouteAttachment> transitGatewayAttachments) {
        public Route {
            transitGatewayAttachments = AwsTag.orEmpty(transitGatewayAttachments);
        }
    }

    public record RouteAttachment(String transitGatewayAttachmentId, String resourceId, String resourceType) {
    }

    /** Batfish's {@code TransitGatewayPropagations}: one table's propagations. */
    public record Propagations(String transitGatewayRouteTableId,
                               List<Propagation> transitGatewayRouteTablePropagations) {
        public Propagations {
            transitGatewayRouteTablePropagations = AwsTag.orEmpty(transitGatewayRouteTablePropagations);
        }
    }

    public record Propagation(String transitGatewayAttachmentId, String resourceId, String resourceType, String state) {
    }

    /** lambda list-functions {@code Functions}. */
    public record Function(String functionName, String functionArn, String state, VpcConfig vpcConfig) {
    }

    public record VpcConfig(List<String> subnetIds, List<String> securityGroupIds, String vpcId) {
        public VpcConfig {
            subnetIds = AwsTag.orEmpty(subnetIds);
            securityGroupIds = AwsTag.orEmpty(securityGroupIds);
        }
    }
}
