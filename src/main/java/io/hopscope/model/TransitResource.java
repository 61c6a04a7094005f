package io.hopscope.model;

/**
 * Transit gateways, their attachments and their route tables (rulebook 7): one family of the
 * model, kept in one list in the order given.
 */
public sealed interface TransitResource extends Resource
        permits TransitGateway, TransitGatewayAttachment, TransitGatewayRouteTable {

    /** The transit gateway this resource belongs to (its own id for a transit gateway). */
    String transitGatewayId();
}
