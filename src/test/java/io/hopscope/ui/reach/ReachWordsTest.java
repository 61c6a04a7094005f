package io.hopscope.ui.reach;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hopscope.model.SgPeer;
import io.hopscope.model.SgRule;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.PortRange;
import io.hopscope.model.net.Protocol;
import io.hopscope.reach.ReachEndpoint;
import io.hopscope.reach.SelectorResolver;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The reachability table's own words in Korean, and in English as they always read. */
class ReachWordsTest {

    private static ReachWords words(Locale locale) {
        return new ReachWords(ResourceBundle.getBundle("io.hopscope.i18n.messages", locale));
    }

    @Test
    void allPortsProtocolsAndTheInternetAreKoreanWords() {
        ReachWords ko = words(Locale.KOREAN);
        assertEquals("전체", ko.ports(List.of("0-65535")));
        assertEquals("22, 443", ko.ports(List.of("22", "443")));
        assertEquals("전체", ko.protocol("all", List.of()));
        assertEquals("기타(47,50)", ko.protocol("other", List.of("47", "50")));
        assertEquals("tcp", ko.protocol("tcp", List.of()));
        assertEquals("인터넷", ko.endpoint(SelectorResolver.internet()));
    }

    @Test
    void englishReadsAsBefore() {
        ReachWords en = words(Locale.ROOT);
        assertEquals("all", en.ports(List.of()));
        assertEquals("other (47)", en.protocol("other", List.of("47")));
        assertEquals("internet", en.endpoint(SelectorResolver.internet()));
    }

    @Test
    void anInterfaceIsNamedFirstThenById() {
        ReachWords en = words(Locale.ROOT);
        assertEquals("app-1 (eni-0a)", en.endpoint(new ReachEndpoint(ReachEndpoint.Kind.INTERFACE, "eni-0a", "app-1", "app-1",
                null, List.of())));
        assertEquals("eni-0b", en.endpoint(new ReachEndpoint(ReachEndpoint.Kind.INTERFACE, "eni-0b", null, null, null,
                List.of())));
        assertEquals("cidr:10.8.0.0/16", en.endpoint(new ReachEndpoint(ReachEndpoint.Kind.NETWORK, "cidr:10.8.0.0/16",
                "cidr:10.8.0.0/16", null, null, List.of())));
        ReachEndpoint host = new ReachEndpoint(ReachEndpoint.Kind.INTERNET, "203.0.113.10", "internet host 203.0.113.10",
                null, null, List.of(Cidr.parse("203.0.113.10/32")));
        assertEquals("internet host 203.0.113.10", en.endpoint(host));
        assertEquals("인터넷 호스트 203.0.113.10", words(Locale.KOREAN).endpoint(host), "the host keeps its address");
    }

    /** The keyed rule says in English exactly what the trace's contract notation says. */
    @Test
    void aSecurityGroupRuleReadsInKoreanAndItsEnglishIsTheContractsNotation() {
        SgRule web = new SgRule(Protocol.TCP, PortRange.single(443), null, SgPeer.cidr(Cidr.ANY_IPV4), "");
        SgRule any = new SgRule(Protocol.ALL, null, null, SgPeer.group("sg-0db"), "");
        SgRule udp = new SgRule(Protocol.UDP, PortRange.parse("0-65535"), null, SgPeer.cidr(Cidr.parse("10.0.0.0/16")), "");
        for (SgRule r : List.of(web, any, udp)) {
            for (boolean outbound : new boolean[] {false, true}) {
                assertEquals(r.describe(outbound), r.text(outbound).toString());
            }
        }
        assertEquals("0.0.0.0/0에서 오는 tcp 443", web.text(false).format(Locale.KOREAN));
        assertEquals("sg-0db(으)로 가는 모든 트래픽", any.text(true).format(Locale.KOREAN));
        assertEquals("10.0.0.0/16에서 오는 udp 모든 포트", udp.text(false).format(Locale.KOREAN));
    }
}
