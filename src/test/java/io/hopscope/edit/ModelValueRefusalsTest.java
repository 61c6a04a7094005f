package io.hopscope.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IpAddress;
import io.hopscope.model.net.PortRange;
import io.hopscope.model.net.Protocol;
import io.hopscope.text.Text;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A bad CIDR, address, port range or protocol typed into an inspector field is refused by the value
 * classes in English; the field says the same reason in the UI's language, and every such sentence
 * of the value classes has its keyed text with the very same English.
 */
class ModelValueRefusalsTest {

    private static void keyed(Executable refused) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, refused);
        Text text = ModelValueRefusals.textOf(e.getMessage());
        assertNotNull(text, e.getMessage());
        assertEquals(e.getMessage(), text.toString());
        assertNotEquals(e.getMessage(), text.format(Locale.KOREAN), e.getMessage());
    }

    @Test
    void everyRefusalOfTheValueClassesHasItsKeyedText() {
        for (String c : List.of("", "10.0.0.0", "10.0.0.0/x", "10.0.0.0/33", "2001:db8::/129", "banana/8", "10.0.300.0/24")) {
            keyed(() -> Cidr.parse(c));
        }
        for (String ip : List.of("", "10.0.0.1/32", "not-an-ip", "2001:db8::zz")) {
            keyed(() -> IpAddress.parse(ip));
        }
        for (String p : List.of("http", "80-20", "70000", "1-2-3")) {
            keyed(() -> PortRange.parse(p));
        }
        for (String p : List.of("tcpx", "256")) {
            keyed(() -> Protocol.parse(p));
        }
        keyed(() -> Protocol.parse(null));
    }

    @Test
    void aFieldSaysTheRefusalInKoreanAndOtherSentencesAsTheyAre() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Cidr.parse("10.0.300.0/24"));
        assertEquals("'10.0.300.0/24'은(는) 올바른 CIDR 블록이 아님", EditRefusal.message(e, Locale.KOREAN));
        assertEquals("'10.0.300.0/24' is not a valid CIDR block", EditRefusal.message(e, Locale.ENGLISH));
        assertNull(ModelValueRefusals.textOf("something else entirely"));
        assertEquals("something else", EditRefusal.message(new IllegalArgumentException("something else"), Locale.KOREAN));
        assertEquals("'x'은(는) allow 또는 deny가 아님",
                EditRefusal.message(EditRefusal.invalid("edit.refusal.notAllowOrDeny", "x"), Locale.KOREAN));
    }
}
