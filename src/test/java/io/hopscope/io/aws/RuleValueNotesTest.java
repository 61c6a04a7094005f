package io.hopscope.io.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hopscope.check.Problem;
import io.hopscope.model.net.IcmpMatch;
import io.hopscope.model.net.PortRange;
import io.hopscope.model.net.Protocol;
import io.hopscope.text.Text;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule whose protocol or ports cannot be read is skipped with a note that says why in the UI's
 * language; in English it is the value class's own message, as the command line always printed it.
 */
class RuleValueNotesTest {

    @TempDir
    Path dir;

    private static void sameEnglish(Text text, Executable refused) {
        assertEquals(assertThrows(IllegalArgumentException.class, refused).getMessage(), text.toString());
    }

    @Test
    void theEnglishIsWordForWordWhatTheValueClassesSay() {
        for (String raw : new String[] {null, "gre", " 7x ", "256", "-2", " 300 "}) {
            sameEnglish(RuleValueTexts.protocol(raw), () -> Protocol.parse(raw));
        }
        int[][] ports = {{70000, 80}, {-5, 80}, {443, 80}, {1, 65536}};
        for (int[] p : ports) {
            sameEnglish(RuleValueTexts.ports(p[0], p[1]), () -> new PortRange(p[0], p[1]));
        }
        sameEnglish(RuleValueTexts.icmp(300, -1), () -> new IcmpMatch(300, -1));
        sameEnglish(RuleValueTexts.icmp(8, -7), () -> new IcmpMatch(8, -7));
    }

    @Test
    void badProtocolAndPortsReadInKoreanAndInEnglishAsBefore() {
        AwsImport result = new AwsFixture(dir).write("describe-security-groups.json", """
                {"SecurityGroups": [{"GroupId": "sg-app", "VpcId": "vpc-1", "IpPermissionsEgress": [],
                  "IpPermissions": [{"IpProtocol": "gre", "IpRanges": [{"CidrIp": "10.0.0.0/8"}]},
                    {"IpProtocol": "tcp", "FromPort": 443, "ToPort": 80, "IpRanges": [{"CidrIp": "10.0.0.0/8"}]},
                    {"IpProtocol": "icmp", "FromPort": 300, "ToPort": -1, "IpRanges": [{"CidrIp": "10.0.0.0/8"}]}]}]}
                """).write("describe-network-acls.json", """
                {"NetworkAcls": [{"NetworkAclId": "acl-1", "VpcId": "vpc-1", "Associations": [], "Entries": [
                  {"RuleNumber": 100, "Protocol": "6", "RuleAction": "allow", "Egress": false,
                   "CidrBlock": "0.0.0.0/0", "PortRange": {"From": 70000, "To": 80}},
                  {"RuleNumber": 110, "Protocol": "999", "RuleAction": "allow", "Egress": false, "CidrBlock": "0.0.0.0/0"},
                  {"RuleNumber": 120, "RuleAction": "deny", "Egress": false, "CidrBlock": "0.0.0.0/0"}]}]}
                """).importAll();
        Map<String, Problem> byPlace = result.problems().stream()
                .collect(Collectors.toMap(p -> p.location().replaceFirst("^[^:]*: ", ""), Function.identity(), (a, b) -> a));
        List<String[]> expected = List.of(
                new String[] {"$.SecurityGroups[0].IpPermissions[0].IpProtocol",
                    "'gre' is not a protocol (tcp, udp, icmp, icmpv6, all or 0-255); permission skipped",
                    "'gre'은(는) 프로토콜이 아님(tcp, udp, icmp, icmpv6, all 또는 0-255). 권한을 건너뜀"},
                new String[] {"$.SecurityGroups[0].IpPermissions[1].FromPort",
                    "port range starts after it ends: 443-80; permission skipped",
                    "포트 범위의 시작이 끝보다 큼: 443-80. 권한을 건너뜀"},
                new String[] {"$.SecurityGroups[0].IpPermissions[2].FromPort",
                    "ICMP type/code out of range -1..255: 300/-1; permission skipped",
                    "ICMP 유형/코드가 -1..255 범위를 벗어남: 300/-1. 권한을 건너뜀"},
                new String[] {"$.NetworkAcls[0].Entries[0].PortRange",
                    "port out of range 0-65535: 70000-80; entry skipped",
                    "포트가 0-65535 범위를 벗어남: 70000-80. 항목을 건너뜀"},
                new String[] {"$.NetworkAcls[0].Entries[1].Protocol",
                    "IP protocol number out of range -1..255: 999; entry skipped",
                    "IP 프로토콜 번호가 -1..255 범위를 벗어남: 999. 항목을 건너뜀"},
                new String[] {"$.NetworkAcls[0].Entries[2].Protocol",
                    "missing protocol; entry skipped",
                    "프로토콜이 없음. 항목을 건너뜀"});
        for (String[] e : expected) {
            Problem p = byPlace.get(e[0]);
            assertEquals(e[1], p == null ? result.problems().toString() : p.message(), e[0]);
            assertEquals(e[2], p.message(Locale.KOREAN), e[0]);
        }
    }
}
