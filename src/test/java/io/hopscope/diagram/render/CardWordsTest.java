package io.hopscope.diagram.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hopscope.diagram.Diagram;
import io.hopscope.io.format.DiagramReader;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/**
 * The words a card prints (a load balancer's scheme, a transit gateway's attachments, an endpoint's type) and the kind
 * an exported picture names come from the UI's bundle: Korean in a Korean app, in AWS's console
 * words, and the English the command line's pictures always printed.
 */
class CardWordsTest {

    private static final DiagramPictureBuilder KOREAN = new DiagramPictureBuilder(
            ResourceBundle.getBundle("io.hopscope.i18n.messages", Locale.KOREAN));
    private static final DiagramPictureBuilder ENGLISH = DiagramPictureBuilder.headless();

    private static Diagram sample(String name) {
        return DiagramReader.read(Path.of("diagrams", name)).diagram();
    }

    private static CanvasItem item(DiagramPictureBuilder builder, Diagram d, String id) {
        return builder.build(d).item(id).orElseThrow(() -> new AssertionError("no item " + id));
    }

    private static String idOf(Diagram d, Class<?> kind) {
        return d.model().allResources().stream().filter(kind::isInstance).findFirst().orElseThrow().id();
    }

    @Test
    void aLoadBalancersSchemeIsSaidInTheConsolesWords() {
        Diagram alb = sample("alb-web-app.json");
        String lb = idOf(alb, io.hopscope.model.LoadBalancer.class);
        CanvasItem en = item(ENGLISH, alb, lb);
        CanvasItem ko = item(KOREAN, alb, lb);
        assertEquals(en.detail().replace("internet-facing", "인터넷 경계"), ko.detail());
        assertEquals("ALB · internet-facing · HTTPS:443, HTTP:80, HTTPS:8443", en.detail());
        assertEquals("ALB internet-facing", en.summary());
        assertEquals("ALB 인터넷 경계", ko.summary());
    }

    @Test
    void gatewaysAndTheirAttachmentsAreNamedInKorean() {
        Diagram tgw = sample("tgw-hub-spoke.json");
        String id = idOf(tgw, io.hopscope.model.TransitGateway.class);
        assertEquals("3 attachments", item(ENGLISH, tgw, id).detail());
        assertEquals("연결 3개", item(KOREAN, tgw, id).detail());
        assertEquals("transit gateway", item(ENGLISH, tgw, id).summary());
        assertEquals("전송 게이트웨이", item(KOREAN, tgw, id).summary());

        Diagram s3 = sample("s3-gateway-endpoint.json");
        String endpoint = idOf(s3, io.hopscope.model.VpcEndpoint.class);
        assertEquals("gateway endpoint s3", item(ENGLISH, s3, endpoint).summary());
        assertEquals("게이트웨이 엔드포인트 s3", item(KOREAN, s3, endpoint).summary());
        assertEquals("s3 · gateway", item(ENGLISH, s3, endpoint).detail());
        assertEquals("s3 · 게이트웨이", item(KOREAN, s3, endpoint).detail());
        Diagram nat = sample("nat-egress.json");
        String igw = idOf(nat, io.hopscope.model.InternetGateway.class);
        assertEquals("internet gateway", item(ENGLISH, nat, igw).summary());
        assertEquals("인터넷 게이트웨이", item(KOREAN, nat, igw).summary());
        String subnet = idOf(s3, io.hopscope.model.Subnet.class);
        String english = item(ENGLISH, s3, subnet).summary();
        assertEquals(english.replace("  public", "  퍼블릭").replace("  private", "  프라이빗"), item(KOREAN, s3, subnet).summary());
    }
}
