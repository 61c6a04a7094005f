package io.hopscope.io.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hopscope.reach.Selector;
import io.hopscope.reach.SelectorException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A policy the reader refuses (the {@code check} command's files, the policy panel, a lab's
 * assertions) says why in the UI's language, the parser's errors through the JSON error texts,
 * while the command line keeps its English line "FILE:LINE:COLUMN: reason" as it always was.
 */
class PolicyTextsTest {

    private static PolicyException refused(String text, boolean json) {
        return assertThrows(PolicyException.class, () -> PolicyReader.parse(json ? "p.json" : "p.yaml", text, json));
    }

    private static String korean(PolicyException e) {
        return e.text().format(Locale.KOREAN);
    }

    @Test
    void brokenJsonIsNamedByTheJsonErrorTextsAndTheEnglishIsJacksons() {
        PolicyException e = refused("{\"assertions\": [", true);
        assertEquals("p.json:1:17: not valid JSON: Unexpected end-of-input: expected close marker for Array "
                + "(start marker at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); "
                + "line: 1, column: 16])", e.getMessage());
        assertEquals("올바른 JSON이(가) 아님: 입력이 예기치 않게 끝남", korean(e));
        assertEquals("올바른 JSON이(가) 아님: '}'에 맞는 여는 괄호가 없음",
                korean(refused("{\"assertions\": [}", true)));
        assertEquals("키 'assertions'이(가) 한 매핑에 두 번 나옴(처음 위치: 1:2)",
                korean(refused("{\"assertions\": [], \"assertions\": []}", true)));
    }

    @Test
    void brokenYamlSaysMalformedYamlWithItsPlace() {
        PolicyException e = refused("assertions:\n  - name: a\n   from: x\n", false);
        assertEquals("올바른 YAML이(가) 아님: 잘못된 YAML 구문", korean(e));
        assertEquals("p.yaml:3:4: not valid YAML: while parsing a block collection", e.getMessage());
    }

    @Test
    void theReadersOwnRefusalsReadInKorean() {
        PolicyException unknown = refused("assertion: []\n", false);
        assertEquals("p.yaml:1:1: unknown key 'assertion' (known keys: assertions, version)", unknown.getMessage());
        assertEquals("알 수 없는 키 'assertion'(사용할 수 있는 키: assertions, version)", korean(unknown));
        PolicyException ports = refused("assertions:\n  - {name: a, from: internet, to: all, protocol: tcp, "
                + "ports: \"443,70000\", expect: reachable}\n", false);
        assertEquals("impossible port 70000 in '443,70000': ports are 0-65535", ports.reason());
        assertEquals("불가능한 포트 70000('443,70000'): 포트는 0-65535임", korean(ports));
        PolicyException expect = refused("assertions:\n  - {name: a, from: internet, to: all, expect: maybe}\n", false);
        assertEquals("expect must be reachable or unreachable, found 'maybe'", expect.reason());
        assertEquals("expect는 reachable 또는 unreachable이어야 함(실제 값: 'maybe')", korean(expect));
        PolicyException list = refused("assertions: none\n", false);
        assertEquals("'assertions' must be a list (each item starting with '- '), found 'none'", list.reason());
        assertEquals("'assertions'는 목록이어야 함(각 항목은 '- '로 시작, 실제 값: 'none')", korean(list));
    }

    @Test
    void aSelectorRefusalIsKeyedInsideThePolicyAndOnItsOwn() {
        PolicyException e = refused("assertions:\n  - {name: a, from: 'cidr:10.0.0.300/8', to: all, expect: reachable}\n", false);
        assertEquals("selector 'cidr:10.0.0.300/8': '10.0.0.300/8' is not a CIDR block (e.g. 10.8.0.0/16)", e.reason());
        assertEquals("선택기 'cidr:10.0.0.300/8': '10.0.0.300/8'은(는) CIDR 블록이 아님(예: 10.8.0.0/16)", korean(e));
        SelectorException s = assertThrows(SelectorException.class, () -> Selector.parse("sgg:web"));
        assertEquals(s.getMessage(), s.text().toString());
        assertEquals("알 수 없는 선택기 'sgg:web': 'sgg:'은(는) 선택기 형식이 아님. 참조, internet, all 또는 다음 중 하나를 사용: "
                + s.getMessage().substring(s.getMessage().lastIndexOf("one of ") + 7), s.text().format(Locale.KOREAN));
    }
}
