package io.hopscope.check;

import io.hopscope.model.NetworkModel;
import io.hopscope.model.TransitGateway;
import io.hopscope.model.TransitGatewayAttachment;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The pairs of VPCs ("vpcA|vpcB", both orders) whose inbound security group rules may name each
 * other's groups across a transit gateway: both have an available attachment to one gateway with
 * security group referencing enabled [TGWSGR] (the attachments' own option defaults to enable).
 */
final class TransitGroupReferences {

    private TransitGroupReferences() {
    }

    static Set<String> pairs(NetworkModel m) {
        Set<String> pairs = new HashSet<>();
        for (TransitGateway g : m.transitGateways()) {
            if (!g.securityGroupReferencing()) {
                continue;
            }
            List<String> vpcs = new ArrayList<>();
            for (TransitGatewayAttachment a : m.transitAttachments()) {
                if (g.id().equals(a.transitGatewayId()) && a.type() == TransitGatewayAttachment.Type.VPC
                        && a.available() && a.resourceId() != null) {
                    vpcs.add(a.resourceId());
                }
            }
            for (String a : vpcs) {
                for (String b : vpcs) {
                    pairs.add(a + "|" + b);
                }
            }
        }
        return pairs;
    }
}
