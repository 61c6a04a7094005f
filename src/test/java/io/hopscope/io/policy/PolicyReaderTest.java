package io.hopscope.io.policy;

import io.hopscope.model.net.PortSet;
import io.hopscope.model.net.Protocol;
import io.hopscope.reach.Assertion;
import io.hopscope.reach.Policy;
import io.hopscope.reach.Selector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PolicyReaderTest {
    private static final String GOOD = """
            assertions:
              - name: the database is not reachable from the internet
                from: internet
                to: tag:Tier=db
                protocol: all
                expect: unreachable
              - name: web servers reach the database
                from: sg:web
                to: orders-db
                protocol: tcp
                ports: "3306"
                expect: reachable
            """;

    private static PolicyException refuse(String yaml) {
        return assertThrows(PolicyException.class, () -> PolicyReader.parse("p.yaml", yaml, false));
    }

    @Test
    void theContractsExampleReads() throws PolicyException {
        Policy p = PolicyReader.parse("p.yaml", GOOD, false);
        assertEquals(2, p.assertions().size());
        Assertion a = p.assertions().get(0);
        assertEquals(Selector.Kind.INTERNET, a.from().kind());
        assertEquals(Selector.Kind.TAG, a.to().kind());
        assertEquals(Protocol.ALL, a.protocol());
        assertEquals(PortSet.ALL, a.ports());
        assertEquals(Assertion.Expectation.UNREACHABLE, a.expect());
        assertEquals(2, a.at().line());
        Assertion b = p.assertions().get(1);
        assertEquals(Protocol.TCP, b.protocol());
        assertEquals(PortSet.single(3306), b.ports());
        assertEquals(Assertion.Expectation.REACHABLE, b.expect());
    }

    @Test
    void jsonPoliciesReadToo(@TempDir Path dir) throws IOException, PolicyException {
        Path f = dir.resolve("p.json");
        Files.writeString(f, "{\"assertions\": [{\"name\": \"n\", \"from\": \"internet\", \"to\": \"all\","
                + " \"protocol\": \"udp\", \"ports\": \"53, 1000-2000\", \"expect\": \"unreachable\"}]}");
        Policy p = PolicyReader.read(f);
        assertEquals(1 + 1001, p.assertions().get(0).ports().size());
        assertEquals(Protocol.UDP, p.assertions().get(0).protocol());
    }

    @Test
    void unknownKeysAreNamedWithLineAndColumn() {
        PolicyException e = refuse("assertions:\n  - name: x\n    from: internet\n    to: all\n    expct: reachable\n");
        assertEquals(5, e.line());
        assertEquals(5, e.column());
        assertTrue(e.getMessage().contains("unknown key 'expct'"), e.getMessage());
        assertTrue(e.getMessage().startsWith("p.yaml:5:5: "), e.getMessage());
        assertTrue(refuse("asertions: []\n").getMessage().contains("unknown key 'asertions'"));
    }

    @Test
    void impossiblePortsAreRefused() {
        String base = "assertions:\n  - name: x\n    from: internet\n    to: all\n    protocol: tcp\n    expect: reachable\n    ports: ";
        PolicyException e = refuse(base + "\"70000\"\n");
        assertTrue(e.reason().contains("impossible port 70000"), e.getMessage());
        assertEquals(7, e.line());
        assertTrue(refuse(base + "\"443-80\"\n").reason().contains("starts after it ends"));
        assertTrue(refuse(base + "\"http\"\n").reason().contains("not a port number"));
        assertTrue(refuse(base + "\"80,,443\"\n").reason().contains("empty item"));
        assertTrue(refuse(base.replace("tcp", "icmp") + "\"8\"\n").reason().contains("only apply to tcp and udp"));
    }

    @Test
    void misspeltSelectorsAndValuesAreInputErrors() {
        PolicyException e = refuse("assertions:\n  - name: x\n    from: sgg:web\n    to: all\n    expect: reachable\n");
        assertEquals(3, e.line());
        assertTrue(e.reason().contains("sgg:web"), e.getMessage());
        assertTrue(refuse(GOOD.replace("expect: reachable", "expect: sometimes")).reason().contains("reachable or unreachable"));
        assertTrue(refuse(GOOD.replace("protocol: tcp", "protocol: tcpp")).reason().contains("protocol 'tcpp'"));
        assertTrue(refuse("assertions:\n  - name: x\n    from: internet\n    expect: reachable\n").reason().contains("no 'to'"));
        assertTrue(refuse("assertions: []\n").reason().contains("empty"));
        assertTrue(refuse("").reason().contains("empty"));
        PolicyException dup = refuse("assertions:\n  - name: a\n    name: b\n");
        assertEquals(3, dup.line());
        assertTrue(dup.reason().toLowerCase(java.util.Locale.ROOT).contains("duplicate field 'name'"), dup.getMessage());
        assertTrue(refuse(GOOD + GOOD.substring(GOOD.indexOf("  - name: web"))).reason().contains("two assertions are named"));
        assertTrue(refuse("assertions: [unclosed\n").reason().startsWith("not valid YAML"));
    }

    @Test
    void aliasesExpandWithinALimitAndBombsAreRefused() throws PolicyException {
        String reuse = "common: &c\n  from: internet\n  to: all\n  expect: unreachable\n";
        // An anchor defined under an unknown key is still refused as an unknown key: no silent extras.
        assertTrue(refuse(reuse + "assertions:\n  - *c\n").reason().contains("unknown key 'common'"));
        Policy ok = PolicyReader.parse("p.yaml", "assertions:\n  - &a {name: one, from: internet, to: all, expect: unreachable}\n"
                + "  - {name: two, from: internet, to: all, expect: unreachable}\n", false);
        assertEquals(2, ok.assertions().size());
        StringBuilder bomb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 10; i++) {
            bomb.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) {
                bomb.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            bomb.append("]\n");
        }
        PolicyException e = refuse(bomb.toString());
        assertTrue(e.reason().contains("expands to more than"), e.getMessage());
        assertTrue(e.line() > 1, e.getMessage());
    }

    @Test
    void hugeFilesAreRefusedBeforeParsing(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("big.yaml");
        byte[] ten = new byte[10 * 1024 * 1024];
        java.util.Arrays.fill(ten, (byte) '#');
        Files.write(f, ten);
        PolicyException e = assertThrows(PolicyException.class, () -> PolicyReader.read(f));
        assertTrue(e.getMessage().contains("policy file"), e.getMessage());
        assertEquals(0, e.line());
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "assertions: " + "[".repeat(200) + "]".repeat(200) + "\n";
        PolicyException e = refuse(deep);
        assertTrue(e.getMessage().contains("deeper") || e.getMessage().contains("not valid YAML"), e.getMessage());
    }
}
