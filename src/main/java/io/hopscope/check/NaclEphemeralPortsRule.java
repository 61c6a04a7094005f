package io.hopscope.check;

import io.hopscope.text.Text;
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
 * connections to a service port in one direction but has no rule in the other direction for
 * the clients' ephemeral ports, so every reply is dropped [NACL ephemeral]. A direction counts as open for
 * replies when one allow rule covers the whole range of at least one client profile.
 */
public final class NaclEphemeralPortsRule implements ModelRule {

    @Override
    public String findingsName() {
        return "network ACLs without ephemeral-port rules";
    }

    @Override
    public boolean reportsErrors() {
        return false;
    }

    @Override
    public void check(NetworkModel m, Findings f) {
        for (NetworkAcl a : m.networkAcls()) {
            if (a.subnetIds().isEmpty() && !a.isDefault()) {
                continue; // guards no subnet
            }
            if (allowsService(a.inbound()) && !opensEphemeral(a.outbound())) {
                f.warning(a, ".outbound", Text.of("check.acl.noEphemeral.outbound", a.label(),
                        PortRange.EPHEMERAL_ALL_CLIENTS.toString()));
            }
            if (allowsService(a.outbound()) && !opensEphemeral(a.inbound())) {
                f.warning(a, ".inbound", Text.of("check.acl.noEphemeral.inbound", a.label(),
                        PortRange.EPHEMERAL_ALL_CLIENTS.toString()));
            }
        }
    }

    /**
     * An allow rule for a TCP service port (443, 3306...) shows that connections are meant to pass
     * this way; an allow-all or an ephemeral-range rule is not such evidence (it may be the reply rule).
     */
    private static boolean allowsService(List<AclEntry> entries) {
        return entries.stream().anyMatch(e -> e.action() == RuleAction.ALLOW && e.protocol().equals(Protocol.TCP)
                && e.ports() != null && !coversAClientRange(e.ports()));
    }

    private static boolean coversAClientRange(PortRange ports) {
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
            if (coversAClientRange(e.ports() == null ? PortRange.ALL : e.ports())) {
                return true;
            }
        }
        return false;
    }
}
