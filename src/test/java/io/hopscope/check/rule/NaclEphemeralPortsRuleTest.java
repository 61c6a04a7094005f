package io.hopscope.check.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hopscope.check.Findings;
import io.hopscope.model.AclEntry;
import io.hopscope.model.NetworkAcl;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.RuleAction;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.PortRange;
import io.hopscope.model.net.Protocol;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stateless-reply warning fires for a service without a reply rule, not for the reply rule itself. */
class NaclEphemeralPortsRuleTest {

    @Test
    void dbSubnetAnsweringOnEphemeralPortsIsNotAskedToAcceptEphemeralPortsToo() {
        assertEquals(List.of(), warnings(tcp(100, false, 3306, 3306), tcp(100, true, 1024, 65535)));
    }

    @Test
    void serviceWhoseRepliesOnlyGoBackTo3306IsWarnedAboutTheOutboundList() {
        assertEquals(List.of(".outbound", ".inbound"), warnings(tcp(100, false, 3306, 3306), tcp(100, true, 3306, 3306)));
    }

    @Test
    void allPortsInboundStillNeedsAnEphemeralOutboundRule() {
        assertEquals(List.of(".outbound"), warnings(tcp(100, false, 0, 65535), tcp(100, true, 443, 443)));
    }

    @Test
    void clientSubnetOpeningHttpsNeedsTheRepliesLetIn() {
        assertEquals(List.of(".inbound"), warnings(tcp(100, true, 443, 443)));
    }

    private static AclEntry tcp(int rule, boolean egress, int from, int to) {
        return new AclEntry(rule, egress, Protocol.TCP, new PortRange(from, to), null, Cidr.parse("10.0.1.0/24"),
                RuleAction.ALLOW);
    }

    /** The fields ({@code .inbound}/{@code .outbound}) the rule warns about for a NACL with these entries. */
    private static List<String> warnings(AclEntry... entries) {
        NetworkAcl acl = new NetworkAcl("acl-1", "db", "vpc-1", false, List.of("subnet-1"), List.of(entries));
        Findings findings = new Findings(r -> "$.acl");
        new NaclEphemeralPortsRule().check(NetworkModel.builder().add(acl).build(), findings);
        return findings.problems().stream().map(p -> p.location().substring("$.acl".length())).toList();
    }
}
