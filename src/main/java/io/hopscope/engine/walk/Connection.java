package io.hopscope.engine.walk;

import io.hopscope.engine.Packet;
import java.util.HashMap;
import java.util.Map;

/**
 * What the request left behind for its reply, like the connection-tracking tables of stateful
 * components: the gateway it left the VPC through (the reply comes back the same way) and each NAT
 * gateway's translation (the reply's destination is restored from it) [NAT][EIGW][GWE].
 */
final class Connection {
    String exitGatewayId;
    String exitVpcId;
    final Map<String, Packet> natOriginals = new HashMap<>();

    void exitedThrough(String gatewayId, String vpcId) {
        if (exitGatewayId == null) {
            exitGatewayId = gatewayId;
            exitVpcId = vpcId;
        }
    }
}
