package io.hopscope.reach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hopscope.io.format.DiagramReader;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.ResourceTags;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A selector that names nothing in the model (the policy panel, a lab's assertion, the matrix's
 * fields) says so in the UI's language; the English the 'check' command prints is unchanged.
 */
class SelectorTextsTest {

    private static final NetworkModel MODEL = DiagramReader.read(Path.of("diagrams/ec2-to-rds.json")).diagram().model();

    private static SelectorException refused(String selector) {
        SelectorResolver resolver = new SelectorResolver(MODEL, ResourceTags.NONE);
        return assertThrows(SelectorException.class, () -> resolver.resolveNonEmpty(Selector.parse(selector)));
    }

    @Test
    void anUnknownReferenceAndAGroupThatIsNotThereReadInKorean() {
        SelectorException ref = refused("sg-0123");
        assertEquals("unknown selector 'sg-0123': it names no resource id, DB identifier, Name tag, service or IP address "
                + "in the model (a group of interfaces is written sg:sg-0123)", ref.getMessage());
        assertEquals("알 수 없는 선택기 'sg-0123': 모델의 리소스 ID, DB 식별자, Name 태그, 서비스, IP 주소 중 어느 것도 아님 "
                + "(인터페이스 그룹은 sg:sg-0123처럼 씀)", ref.text().format(Locale.KOREAN));
        SelectorException group = refused("sg:nope");
        assertEquals("selector 'sg:nope': no security group has the id or name 'nope'", group.getMessage());
        assertEquals("선택기 'sg:nope': ID나 이름이 'nope'인 보안 그룹이(가) 없음", group.text().format(Locale.KOREAN));
    }

    @Test
    void aDestinationWithNoInterfaceReadsInKorean() {
        Assertion a = new Assertion("db to internet", Selector.parse("internet"), Selector.parse("internet"),
                io.hopscope.model.net.Protocol.ALL, io.hopscope.model.net.PortSet.ALL, Assertion.Expectation.UNREACHABLE, null);
        SelectorException e = assertThrows(SelectorException.class,
                () -> new ReachAssertions(new ReachEngine(MODEL), null).evaluate(a));
        assertEquals("selector 'internet' names no interface to reach: a destination must be a workload, interface, "
                + "NAT gateway or endpoint, unless the sources are interfaces", e.getMessage());
        assertEquals("선택기 'internet'은(는) 도달할 인터페이스를 가리키지 않음: 출발지가 인터페이스가 아니면 목적지는 워크로드, "
                + "인터페이스, NAT 게이트웨이 또는 엔드포인트여야 함", e.text().format(Locale.KOREAN));
    }
}
