package io.hopscope.io.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TfAddressTest {

    @Test
    void keysWithDotsQuotesAndBracketsStayInOnePiece() {
        TfAddress a = TfAddress.parse("module.net[\"eu.west-1\"].module.sub[0].aws_subnet.this[\"a.b[\\\"c\\\"]\"]");
        assertEquals(List.of("net", "sub"), a.modules());
        assertEquals("\"eu.west-1\"", a.moduleKeys().get(0));
        assertEquals("0", a.moduleKeys().get(1));
        assertEquals("aws_subnet", a.type());
        assertEquals("this", a.name());
        assertEquals("a.b[\"c\"]", a.keyValue());
        assertEquals("module.net[\"eu.west-1\"].module.sub[0]", a.moduleAddress());
        assertEquals("net.sub", a.configModule());
    }

    @Test
    void dataSourcesAndRootResources() {
        TfAddress d = TfAddress.parse("data.aws_prefix_list.s3");
        assertEquals("data", d.mode());
        assertEquals("data.aws_prefix_list.s3", d.local());
        assertEquals("", d.moduleAddress());
        assertNull(TfAddress.parse("aws_vpc.main").key());
    }

    @Test
    void malformedAddressesAreRefusedWithThePosition() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TfAddress.parse("aws_vpc"));
        assertEquals("expected '.' at position 8 of address aws_vpc", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TfAddress.parse("aws_vpc.main[\"open"));
        assertThrows(IllegalArgumentException.class, () -> TfAddress.parse("aws_vpc.main[]"));
    }

    @Test
    void referencesSplitOutsideQuotes() {
        assertEquals(List.of("module", "vpc[\"app.prod\"]", "vpc_id"),
                List.of(TfReference.split("module.vpc[\"app.prod\"].vpc_id")));
    }
}
