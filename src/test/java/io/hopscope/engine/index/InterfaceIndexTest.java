package io.hopscope.engine.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.model.InterfaceType;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.net.IpAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Security group membership is answered from the address's interfaces for the first questions and
 * from a member table after them; both must give the answer of the definition [SGR]: some
 * interface in the group holds the address as a private or IPv6 address.
 */
class InterfaceIndexTest {

    @Test
    void membershipIsTheSameBeforeAndAfterTheMemberTable() {
        Random random = new Random(3);
        List<NetworkInterface> enis = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            List<String> groups = new ArrayList<>();
            for (int g = 0; g < random.nextInt(4); g++) {
                groups.add("sg-" + random.nextInt(20));
            }
            // Addresses repeat across interfaces (as in two VPCs with the same blocks).
            List<IpAddress> v4 = List.of(IpAddress.parse("10.0.0." + random.nextInt(120)));
            List<IpAddress> v6 = random.nextInt(3) == 0 ? List.of(IpAddress.parse("2600:1f18::" + random.nextInt(50)))
                    : List.of();
            enis.add(new NetworkInterface("eni-" + i, "", "subnet-1", InterfaceType.INSTANCE, v4, null, v6, groups, ""));
        }
        InterfaceIndex index = new InterfaceIndex(NetworkModel.builder().addAll(enis).build());
        assertFalse(index.isSgMember(null, IpAddress.parse("10.0.0.1")), "no group, no member");
        int questions = 1;
        int members = 0;
        for (int round = 0; round < 2; round++) {
            for (int g = 0; g < 22; g++) {
                for (int h = 0; h < 125; h++) {
                    IpAddress ip = IpAddress.parse(h < 120 ? "10.0.0." + h : "2600:1f18::" + (h - 118));
                    String sg = "sg-" + g;
                    boolean expected = enis.stream().anyMatch(e -> e.securityGroupIds().contains(sg)
                            && (e.privateIps().contains(ip) || e.ipv6Ips().contains(ip)));
                    assertEquals(expected, index.isSgMember(sg, ip), sg + " " + ip + " after " + questions + " questions");
                    questions++;
                    members += expected ? 1 : 0;
                }
            }
        }
        assertFalse(members == 0 || members == questions, "a mix of members and others: " + members);
        assertTrue(questions > 2 * InterfaceIndex.MEMBER_TABLE_AFTER, "both ways are asked");
        assertFalse(index.isSgMember(null, IpAddress.parse("10.0.0.1")));
    }
}
