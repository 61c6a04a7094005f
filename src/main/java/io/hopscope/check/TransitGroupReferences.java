package io.hopscope.check;

import io.hopscope.model.NetworkModel;
import io.hopscope.model.TransitGateway;
import io.hopscope.model.TransitGatewayAttachment;
import io.hopscope.text.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pairs of VPCs ("vpcA|vpcB", both orders) whose inbound security group rules may name each
 * other's groups across a transit gateway: both have an available attachment to one gateway, and
 * security group referencing is enabled on the gateway (default disable) and on both attachments
 * (default enable) [TGWSGR], rulebook 7.8.
 */
final class TransitGroupReferences {

    private TransitGroupReferences() {
    }

    static Set<String> pairs(NetworkModel m) {
        Set<String> pairs = new HashSet<>();
        walk(m, (pair, off) -> {
            if (off == null) {
                pairs.add(pair);
            }
        });
        return pairs;
    }

    /** For pairs joined by a gateway that does not let them reference each other: which option is off. */
    static Map<String, Text> switchedOff(NetworkModel m) {
        Map<String, Text> off = new HashMap<>();
        walk(m, (pair, why) -> {
            if (why != null) {
                off.putIfAbsent(pair, why);
            }
        });
        return off;
    }

    private static void walk(NetworkModel m, java.util.function.BiConsumer<String, Text> pair) {
        for (TransitGateway g : m.transitGateways()) {
            List<TransitGatewayAttachment> vpcs = new ArrayList<>();
            for (TransitGatewayAttachment a : m.transitAttachments()) {
                if (g.id().equals(a.transitGatewayId()) && a.type() == TransitGatewayAttachment.Type.VPC
                        && a.available() && a.resourceId() != null) {
                    vpcs.add(a);
                }
            }
            for (TransitGatewayAttachment a : vpcs) {
                for (TransitGatewayAttachment b : vpcs) {
                    Text why = !g.securityGroupReferencing() ? Text.of("check.sgRef.offGateway", g.label())
                            : !a.securityGroupReferencing() ? Text.of("check.sgRef.offAttachment", a.label())
                            : !b.securityGroupReferencing() ? Text.of("check.sgRef.offAttachment", b.label()) : null;
                    pair.accept(a.resourceId() + "|" + b.resourceId(), why);
                }
            }
        }
    }
}
