package io.hopscope.diagram.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.model.ExternalKind;
import io.hopscope.model.WorkloadKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class IconPathsTest {

    private static List<String> allIconNames() {
        List<String> names = new ArrayList<>();
        for (WorkloadKind k : WorkloadKind.values()) {
            names.add(k.wireName());
        }
        for (ExternalKind k : ExternalKind.values()) {
            names.add(k.wireName());
        }
        names.addAll(List.of("internet-gateway", "egress-only-internet-gateway", "nat-gateway", "vpn-gateway", "vpc-endpoint",
                "customer-gateway", "direct-connect-gateway", "vpn-connection"));
        return names;
    }

    @Test
    void everyWorkloadGatewayAndExternalKindHasASinglePathIcon() throws IOException {
        Pattern path = Pattern.compile("<path\\b");
        for (String name : allIconNames()) {
            try (InputStream in = IconPaths.class.getResourceAsStream("/io/hopscope/icons/" + name + ".svg")) {
                assertTrue(in != null, "icon file for " + name);
                String svg = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertEquals(1, path.matcher(svg).results().count(), name + " has exactly one path");
                assertTrue(svg.contains("viewBox=\"0 0 24 24\""), name + " uses the 24 x 24 view box");
                assertTrue(svg.contains("fill-rule=\"evenodd\""), name + " is drawn even-odd, as the canvas draws it");
            }
            String d = IconPaths.pathData(name);
            assertTrue(d.startsWith("M"), name + " path data starts with a move");
        }
    }

    @Test
    void aMissingIconIsReportedByName() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> IconPaths.pathData("no-such-kind"));
        assertTrue(e.getMessage().contains("no-such-kind"));
    }
}
