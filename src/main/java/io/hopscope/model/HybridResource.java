package io.hopscope.model;

/**
 * The resources that connect a VPC to networks outside AWS (rulebook 8 and 9): customer gateways,
 * Site-to-Site VPN connections, Direct Connect gateways and virtual interfaces. The model keeps them
 * in one list, in the order given.
 */
public sealed interface HybridResource extends Resource
        permits CustomerGateway, VpnConnection, DirectConnectGateway, VirtualInterface {
}
