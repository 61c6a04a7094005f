package io.hopscope.check.rule;

import io.hopscope.check.Findings;
import io.hopscope.check.ModelRule;
import io.hopscope.model.AclEntry;
import io.hopscope.model.ClientProfile;
import io.hopscope.model.NetworkAcl;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.RuleAction;
import io.hopscope.model.net.PortRange;
import io.hopscope.model.net.Protocol;
import java.util.List;

/**
 * Warns about the classic stateless-NACL trap (misconception 1): a NACL that admits TCP
 * connections in one direction but has no rule in the other direction for the clients'
 * ephemeral ports, so every reply is dropped [NACL ephemeral]. A direction counts as open for
 * replies when one allow rule covers the whole range of at least one client profile. A rule that
 * opens only ports from 1024 up and covers a client range is that reply rule itself (db subnets
 * answering on 1024-65535), not a sign that the subnet accepts or opens connections that way.
 */
public final class NaclEphemeralPortsRule implements ModelRule {

    @Override
    public void check(NetworkModel m, Findings f) {
        for (NetworkAcl a : m.networkAcls()) {
            if (a.subnetIds().isEmpty() && !a.isDefault()) {
                continue; // guards no subnet
            }
            if (opensConnections(a.inbound()) && !opensEphemeral(a.outbound())) {
                f.warning(a, ".outbound", "NACL " + a.label() + " has no outbound rule for ephemeral ports "
                        + PortRange.EPHEMERAL_ALL_CLIENTS + ": replies to connections it lets in are dropped");
            }
            if (opensConnections(a.outbound()) && !opensEphemeral(a.inbound())) {
                f.warning(a, ".inbound", "NACL " + a.label() + " has no inbound rule for ephemeral ports "
                        + PortRange.EPHEMERAL_ALL_CLIENTS + ": replies to connections its subnets open are dropped");
            }
        }
    }

    private static boolean opensConnections(List<AclEntry> entries) {
        return entries.stream().anyMatch(e -> e.action() == RuleAction.ALLOW && e.protocol().matches(Protocol.TCP)
                && !isReplyRule(e));
    }

    private static boolean isReplyRule(AclEntry e) {
        PortRange ports = e.ports() == null ? PortRange.ALL : e.ports();
        return ports.from() >= 1024 && coversClientRange(ports);
    }

    private static boolean coversClientRange(PortRange ports) {
        for (ClientProfile client : ClientProfile.values()) {
            if (ports.containsAll(client.ephemeralPorts())) {
                return true;
            }
        }
        return false;
    }

    private static boolean opensEphemeral(List<AclEntry> entries) {
        for (AclEntry e : entries) {
            if (e.action() != RuleAction.ALLOW || !e.protocol().matches(Protocol.TCP)) {
                continue;
            }
            if (coversClientRange(e.ports() == null ? PortRange.ALL : e.ports())) {
                return true;
            }
        }
        return false;
    }
}
