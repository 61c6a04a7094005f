package io.hopscope.model.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import inet.ipaddr.AddressStringException;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The dotted-decimal shortcut reads exactly what the IPAddress library reads, and hands it everything else. */
class Ipv4TextTest {

    @Test
    void agreesWithTheLibraryOnPlainAndOddForms() {
        List<String> texts = new ArrayList<>(List.of("0.0.0.0", "255.255.255.255", "10.0.1.7", "1.2.3.4",
                "256.1.1.1", "1.2.3", "1.2.3.4.5", "01.2.3.4", "1.2.3.04", "00.0.0.0", "1..2.3", ".1.2.3", "1.2.3.",
                "1.2.3.4 ", "1.2.3.-4", "1.2.3.1000", "0x1.2.3.4", "::1", "10.0.0.0:80", "1.2.3.4a", "4294967295",
                "127.1", "", "a.b.c.d"));
        Random random = new Random(42);
        String alphabet = "0123456789.0123456789.";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int len = random.nextInt(16); len > 0; len--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(sb.toString());
            texts.add(random.nextInt(300) + "." + random.nextInt(300) + "." + random.nextInt(300) + "." + random.nextInt(300));
        }
        for (String t : texts) {
            long fast = Ipv4Text.parse(t, 0, t.length());
            if (fast != Ipv4Text.OTHER) {
                assertEquals(library(t), new IpAddress(4, 0, fast), t);
            }
        }
    }

    @Test
    void takesThePlainFormOnly() {
        assertEquals(0x0A000107L, Ipv4Text.parse("10.0.1.7", 0, 8));
        assertEquals(0x0A000100L, Ipv4Text.parse("10.0.1.0/24", 0, 8));
        assertEquals(Ipv4Text.OTHER, Ipv4Text.parse("010.0.1.7", 0, 9));
        assertEquals(Ipv4Text.OTHER, Ipv4Text.parse("10.0.1", 0, 6));
        assertEquals(Ipv4Text.OTHER, Ipv4Text.parse("10.0.1.256", 0, 10));
    }

    @Test
    void cidrsAndAddressesParseAsBefore() {
        assertEquals(new Cidr(4, 0, 0x0A000100L, 24), Cidr.parse("10.0.1.7/24"));
        assertEquals(new Cidr(4, 0, 0, 0), Cidr.parse(" 0.0.0.0/0 "));
        assertEquals("'10.0.0.0/33' has prefix /33, more than the 32 bits of an IPv4 address",
                message(() -> Cidr.parse("10.0.0.0/33")));
        assertEquals("'10.0.0.256/8' is not a valid CIDR block", message(() -> Cidr.parse("10.0.0.256/8")));
        assertEquals(library("10.1.2.3"), IpAddress.parse(" 10.1.2.3"));
        assertEquals("'10.0.0.1/32' is a CIDR, not an address", message(() -> IpAddress.parse("10.0.0.1/32")));
    }

    private static IpAddress library(String text) {
        try {
            IPAddress a = new IPAddressString(text.trim()).toAddress();
            return a == null ? null : IpAddress.of(a);
        } catch (AddressStringException e) {
            return null;
        }
    }

    private static String message(Runnable r) {
        try {
            r.run();
            return "no exception";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }
}
