package io.hopscope.check;

import static io.hopscope.check.Lab.cidr;
import static io.hopscope.check.Lab.ip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.model.AclEntry;
import io.hopscope.model.InterfaceType;
import io.hopscope.model.InternetGateway;
import io.hopscope.model.NetworkAcl;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.ResourceKind;
import io.hopscope.model.Subnet;
import io.hopscope.model.Vpc;
import io.hopscope.model.VpcPeeringConnection;
import io.hopscope.model.WorkloadKind;
import io.hopscope.model.net.Cidr;
import io.hopscope.testing.hostile.BigModels;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/**
 * The model rules' findings are keys of the engine's bundle: every rule, kind and workload kind
 * they name has its words in English and Korean, the English is what {@code validate} and the JSON
 * always printed, and the Problems panel of a Korean window reads each finding in Korean.
 */
class ValidatorTextsTest {

    private static final ResourceBundle EN = io.hopscope.text.Text.bundle(Locale.ROOT);
    private static final ResourceBundle KO = io.hopscope.text.Text.bundle(Locale.KOREAN);

    private static boolean hangul(String s) {
        return s.codePoints().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3);
    }

    @Test
    void everyRuleNamesItsFindingsInBothLanguages() {
        for (ModelRule rule : ModelValidator.RULES) {
            String key = Findings.findingsKey(rule);
            assertEquals(rule.findingsName(), EN.getString(key), key);
            assertTrue(hangul(KO.getString(key)), key);
        }
    }

    @Test
    void everyKindTheFindingsNameIsInBothLanguages() {
        for (ResourceKind kind : ResourceKind.values()) {
            assertEquals(Findings.kindName(kind), Findings.kind(kind).format(EN), kind.wireName());
            assertFalse(Findings.kind(kind).format(KO).isBlank(), kind.wireName());
        }
        for (WorkloadKind kind : WorkloadKind.values()) {
            String key = "check.workload." + kind.wireName();
            assertNotNull(EN.getString(key));
            assertNotNull(KO.getString(key));
        }
    }

    @Test
    void brokenModelsFindingsReadInKoreanAndStayEnglishForTheCommandLine() {
        List<Problem> all = new ArrayList<>();
        all.addAll(ModelValidator.validate(Lab.builder()
                .add(new Vpc("vpc-2", "empty", "", List.of(), List.of()))
                .add(new NetworkAcl("acl-2", "", "vpc-1", true, List.of(), List.of()))
                .add(new InternetGateway("igw-2", "", "vpc-1"))
                .add(new VpcPeeringConnection("pcx-1", "", "vpc-1", "vpc-1", "", "", null))
                .add(new Subnet("subnet-x", "x", "vpc-1", cidr("10.0.2.0/25"), cidr("2600:1f18::/64"), ""))
                .add(new Subnet("subnet-y", "y", "vpc-9", cidr("10.7.0.0/24"), null, ""))
                .put(new NetworkInterface("eni-app", "", "subnet-app", InterfaceType.INSTANCE,
                        List.of(ip("10.0.2.10"), ip("10.0.2.1")), ip("3.3.3.3"), List.of(), List.of("sg-app"), ""))
                .add(new NetworkAcl("acl-app", "db", "vpc-1", false, List.of("subnet-app"), List.of(
                        AclEntry.allowAll(32767, false, Cidr.ANY_IPV4), AclEntry.allowAll(100, true, Cidr.ANY_IPV4),
                        AclEntry.allowAll(100, true, Cidr.ANY_IPV4))))
                .build()));
        all.addAll(ModelValidator.validate(BigModels.sameCidrSubnets(Findings.MAX_PER_RULE + 5)));
        assertTrue(all.size() >= 10, all::toString);
        assertTrue(all.stream().anyMatch(p -> p.message().matches("\\.\\.\\. and \\d+ more overlapping subnets")), "the cap's line");
        for (Problem p : all) {
            assertNotNull(p.text(), p::toString);
            assertEquals(p.message(), p.message(Locale.ENGLISH), p::toString);
            String korean = p.message(Locale.KOREAN);
            assertTrue(hangul(korean), p + " -> " + korean);
            assertFalse(korean.matches("(?s).*\\{\\d}.*"), korean);
            assertFalse(korean.contains(p.message()), korean);
        }
    }
}
