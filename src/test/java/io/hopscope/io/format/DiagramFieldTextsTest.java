package io.hopscope.io.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hopscope.check.Problem;
import io.hopscope.model.RouteTargetKind;
import io.hopscope.model.net.PortRange;
import io.hopscope.model.net.Protocol;
import io.hopscope.text.Text;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A diagram whose JSON parses but whose fields are wrong says every problem in the UI's language
 * (the open dialog and the Problems panel), while the command line's English is the wording these
 * messages always had, word for word.
 */
class DiagramFieldTextsTest {

    private static Map<String, Problem> byLocation(DiagramLoad load) {
        Map<String, Problem> out = new LinkedHashMap<>();
        load.problems().forEach(p -> out.put(p.location(), p));
        return out;
    }

    private static DiagramLoad brokenSample() throws Exception {
        ObjectNode root = (ObjectNode) DiagramFormat.mapper().readTree(Files.readString(Path.of("diagrams/ec2-to-rds.json")));
        ObjectNode model = (ObjectNode) root.get("model");
        ObjectNode subnet0 = (ObjectNode) model.get("subnets").get(0);
        subnet0.put("cidr", "10.0.1.7/24");
        subnet0.put("colour", "red");
        ((ObjectNode) model.get("subnets").get(1)).put("cidr", 42);
        ((ObjectNode) model.get("subnets").get(2)).remove("vpc");
        ObjectNode aclRule = (ObjectNode) model.get("networkAcls").get(0).get("inbound").get(0);
        aclRule.put("rule", 40000);
        aclRule.put("action", "maybe");
        ObjectNode sgRule = (ObjectNode) model.get("securityGroups").get(0).get("outbound").get(0);
        sgRule.put("ports", "443");
        return DiagramReader.read(root.toPrettyString(), "broken.json");
    }

    @Test
    void everyFieldProblemIsAKeyedTextSaidInKoreanWithTheOldEnglish() throws Exception {
        DiagramLoad load = brokenSample();
        Map<String, Problem> at = byLocation(load);

        Problem hostBits = at.get("$.model.subnets[0].cidr");
        assertEquals("'10.0.1.7/24' has bits set after the /24 prefix; did you mean 10.0.1.0/24?", hostBits.message());
        assertEquals("'10.0.1.7/24'에 /24 접두사 뒤의 비트가 설정되어 있음. 10.0.1.0/24을(를) 의도했나요?",
                hostBits.message(Locale.KOREAN));

        Problem unknown = at.get("$.model.subnets[0].colour");
        assertEquals("unknown field 'colour' (expected one of: id, name, vpc, cidr, ipv6Cidr, availabilityZone)",
                unknown.message());
        assertEquals("알 수 없는 필드 'colour'(사용할 수 있는 필드: id, name, vpc, cidr, ipv6Cidr, availabilityZone)",
                unknown.message(Locale.KOREAN));

        Problem wrongType = at.get("$.model.subnets[1].cidr");
        assertEquals("expected a string, found a number", wrongType.message());
        assertEquals("문자열이(가) 와야 함(실제 값: 숫자)", wrongType.message(Locale.KOREAN));

        Problem missing = at.get("$.model.subnets[2].vpc");
        assertEquals("required field is missing", missing.message());
        assertEquals("필수 필드가 없음", missing.message(Locale.KOREAN));

        Problem range = at.get("$.model.networkAcls[0].inbound[0].rule");
        assertEquals("rule number 40000 is out of range 1..32766", range.message());
        assertEquals("규칙 번호 40000이(가) 범위 1..32766을(를) 벗어남", range.message(Locale.KOREAN));

        assertEquals("'maybe'은(는) 규칙 작업이 아님(allow 또는 deny)",
                at.get("$.model.networkAcls[0].inbound[0].action").message(Locale.KOREAN));
        Problem ports = at.get("$.model.securityGroups[0].outbound[0].ports");
        assertEquals("ports apply only to tcp and udp, not to all", ports.message());
        assertEquals("포트는 tcp와 udp에만 적용되며 all에는 적용되지 않음", ports.message(Locale.KOREAN));

        for (Problem p : load.problems()) {
            assertNotNull(p.text(), p.toString());
            assertNotEquals(p.message(), p.message(Locale.KOREAN), p.toString());
            assertEquals(p.message(), p.message(Locale.ENGLISH), p.toString());
        }
    }

    @Test
    void theFileLevelFieldsAndTheLayoutSayTheirProblemsInKorean() {
        DiagramLoad load = DiagramReader.read("{\"format\": \"drawio\", \"version\": 9, \"model\": {}, "
                + "\"layout\": {\"shapes\": [], \"notes\": []}}", "x.json");
        Map<String, Problem> at = byLocation(load);
        assertEquals("'drawio' is not a Hopscope diagram (expected \"hopscope-diagram\")", at.get("$.format").message());
        assertEquals("'drawio'은(는) Hopscope 다이어그램이 아님(\"hopscope-diagram\"이어야 함)",
                at.get("$.format").message(Locale.KOREAN));
        load = DiagramReader.read("{\"format\": \"hopscope-diagram\", \"version\": 1, \"model\": {}, "
                + "\"layout\": {\"shapes\": [], \"notes\": []}}", "x.json");
        Problem shapes = byLocation(load).get("$.layout.shapes");
        assertEquals("expected an object keyed by resource id, found an array", shapes.message());
        assertEquals("리소스 ID를 키로 하는 객체가 와야 함(실제 값: 배열)", shapes.message(Locale.KOREAN));
    }

    @Test
    void aValueTextsEnglishIsTheParsersMessageWordForWord() {
        List<String> cidrs = List.of("", " ", "10.0.0.0", "10.0.0.0/", "10.0.0.0/x", "10.0.0.0/1234", "10.0.0.0/33",
                "2001:db8::/129", "10.0.300.0/24", "banana/8", "10.1/16", " 10.0.0.0/16", "10.0.1.7/24", "2001:db8::1/64");
        cidrs.forEach(c -> sameEnglish(c, StrictAddresses::cidr, FieldValueTexts::cidr));
        List.of("", "10.0.0.1/32", "10.1", "010.0.0.1", "not-an-ip", "1.2.3.4.5", "2001:db8::zz")
                .forEach(ip -> sameEnglish(ip, StrictAddresses::ip, FieldValueTexts::ip));
        List.of("tcpx", "256", "-2", "six").forEach(p -> sameEnglish(p, Protocol::parse, FieldValueTexts::protocol));
        List.of("80-20", "70000", "1-70000", "-5", "http", "1-2-3", "80-").forEach(p -> sameEnglish(p, PortRange::parse,
                FieldValueTexts::ports));
        sameEnglish("tunnel", RouteTargetKind::fromWireName, FieldValueTexts::routeTargetKind);
    }

    private static void sameEnglish(String value, Function<String, ?> parser, Function<String, Text> why) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parser.apply(value), "'" + value + "'");
        Text text = why.apply(value);
        assertEquals(e.getMessage(), text.toString(), "'" + value + "'");
        assertNotEquals(text.toString(), text.format(Locale.KOREAN), "'" + value + "'");
    }
}
