package io.hopscope.io.policy;

import io.hopscope.io.input.InputFiles;
import io.hopscope.io.input.InputRefusedException;
import io.hopscope.reach.Assertion;
import io.hopscope.reach.Assertion.Expectation;
import io.hopscope.reach.Assertion.Location;
import io.hopscope.reach.Policy;
import io.hopscope.reach.Selector;
import io.hopscope.reach.SelectorException;
import io.hopscope.model.net.PortSet;
import io.hopscope.model.net.Protocol;
import io.hopscope.text.Text;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a policy file (YAML, or JSON when it ends in {@code .json} or starts with '{'):
 * <pre>
 * assertions:
 *   - name: the database is not reachable from the internet
 *     from: internet
 *     to: tag:Tier=db
 *     protocol: all          # tcp|udp|icmp|icmpv6|all|number; default all
 *     ports: "3306"          # "80,443", "1024-65535"; tcp and udp only; default every port
 *     expect: unreachable    # reachable|unreachable
 * </pre>
 * Strict, because a typo in a policy must not become a silent pass: unknown keys, a selector form
 * that does not exist, impossible ports, a missing field are all errors with line and column. The
 * file is capped at {@link #MAX_BYTES} before it is parsed, and the parsed tree at
 * {@link PolicyTreeReader#MAX_NODES} nodes with aliases expanded. Whether a selector matches
 * anything depends on the model, so the evaluator checks that.
 */
public final class PolicyReader {
    public static final long MAX_BYTES = 1024 * 1024;
    public static final int MAX_ASSERTIONS = 2_000;

    private static final Set<String> ROOT_KEYS = Set.of("assertions", "version");
    private static final List<String> ASSERTION_KEYS = List.of("name", "from", "to", "protocol", "ports", "expect",
            "description");

    private final String file;

    private PolicyReader(String file) {
        this.file = file;
    }

    public static Policy read(Path path) throws PolicyException {
        String name = path.toString();
        byte[] bytes;
        try {
            bytes = InputFiles.readAll(path, MAX_BYTES, Text.of("input.what.policyFile"));
        } catch (InputRefusedException e) {
            throw new PolicyException(name, 0, 0, e.text());
        } catch (IOException e) {
            throw new PolicyException(name, 0, 0, Text.of("policy.read.cannotRead", e.getMessage()));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new PolicyException(name, 0, 0, Text.of("policy.read.notUtf8"));
        }
        boolean json = name.toLowerCase(Locale.ROOT).endsWith(".json") || text.stripLeading().startsWith("{");
        return parse(name, text, json);
    }

    /** Parses policy text; {@code file} only names it in messages. */
    public static Policy parse(String file, String text, boolean json) throws PolicyException {
        if (text.length() > MAX_BYTES) {
            throw new PolicyException(file, 0, 0, Text.of("policy.read.tooBig", InputFiles.size(MAX_BYTES)));
        }
        PolicyNode root = new PolicyTreeReader(file).read(text, json);
        return new PolicyReader(file).policy(root);
    }

    private Policy policy(PolicyNode root) throws PolicyException {
        PolicyNode.MapNode m = map(root, Text.of("policy.read.what.policy"));
        unknownKeys(m, ROOT_KEYS.stream().sorted().toList());
        PolicyNode v = m.values().get("version");
        if (v != null && !(v instanceof PolicyNode.Scalar s && s.text().equals("1"))) {
            throw error(v, Text.of("policy.read.version", v.describe()));
        }
        PolicyNode a = m.values().get("assertions");
        if (a == null) {
            throw error(root, Text.of("policy.read.noAssertions"));
        }
        if (!(a instanceof PolicyNode.ListNode list)) {
            throw error(a, Text.of("policy.read.assertionsNotList", a.describe()));
        }
        if (list.items().isEmpty()) {
            throw error(a, Text.of("policy.read.assertionsEmpty"));
        }
        if (list.items().size() > MAX_ASSERTIONS) {
            throw error(a, Text.of("policy.read.tooManyAssertions", MAX_ASSERTIONS));
        }
        List<Assertion> out = new ArrayList<>();
        Map<String, Location> names = new HashMap<>();
        for (PolicyNode item : list.items()) {
            Assertion as = assertion(item);
            Location first = names.putIfAbsent(as.name(), as.at());
            if (first != null) {
                throw error(item, Text.of("policy.read.sameName", as.name(), first));
            }
            out.add(as);
        }
        return new Policy(file, out);
    }

    private Assertion assertion(PolicyNode item) throws PolicyException {
        PolicyNode.MapNode m = map(item, Text.of("policy.read.what.assertion"));
        unknownKeys(m, ASSERTION_KEYS);
        String name = text(m, "name", true);
        Selector from = selector(m, "from");
        Selector to = selector(m, "to");
        Protocol protocol = Protocol.ALL;
        PolicyNode pn = m.values().get("protocol");
        if (pn != null) {
            try {
                protocol = Protocol.parse(scalar(pn, "protocol").text());
            } catch (IllegalArgumentException e) {
                throw error(pn, Text.of("policy.read.badProtocol", pn.describe()));
            }
        }
        PortSet ports = PortSet.ALL;
        PolicyNode po = m.values().get("ports");
        if (po != null) {
            if (!protocol.hasPorts()) {
                throw error(po, Text.of("policy.read.portsWithoutPorts", protocol.label()));
            }
            ports = PortTexts.parse(scalar(po, "ports").text(), msg -> error(po, msg));
        }
        String expect = text(m, "expect", true).toLowerCase(Locale.ROOT);
        Expectation e = switch (expect) {
            case "reachable" -> Expectation.REACHABLE;
            case "unreachable" -> Expectation.UNREACHABLE;
            default -> throw error(m.values().get("expect"), Text.of("policy.read.badExpect", expect));
        };
        return new Assertion(name, from, to, protocol, ports, e, m.at());
    }

    private Selector selector(PolicyNode.MapNode m, String key) throws PolicyException {
        String t = text(m, key, true);
        try {
            return Selector.parse(t);
        } catch (SelectorException e) {
            throw error(m.values().get(key), e.getMessage(), e.text());
        }
    }

    private String text(PolicyNode.MapNode m, String key, boolean required) throws PolicyException {
        PolicyNode n = m.values().get(key);
        if (n == null) {
            if (required) {
                throw error(m, Text.of("policy.read.missingKey", key));
            }
            return null;
        }
        String t = scalar(n, key).text().trim();
        if (t.isEmpty()) {
            throw error(n, Text.of("policy.read.emptyKey", key));
        }
        return t;
    }

    private PolicyNode.Scalar scalar(PolicyNode n, String key) throws PolicyException {
        if (n instanceof PolicyNode.Scalar s && !s.isNull()) {
            return s;
        }
        throw error(n, Text.of("policy.read.notScalar", key, n.describe()));
    }

    private PolicyNode.MapNode map(PolicyNode n, Text what) throws PolicyException {
        if (n instanceof PolicyNode.MapNode m) {
            return m;
        }
        throw error(n, Text.of("policy.read.notMapping", what, n.describe()));
    }

    private void unknownKeys(PolicyNode.MapNode m, List<String> known) throws PolicyException {
        for (Map.Entry<String, Location> k : m.keys().entrySet()) {
            if (!known.contains(k.getKey())) {
                Location l = k.getValue();
                throw new PolicyException(file, l.line(), l.column(), Text.of("policy.read.unknownKey", k.getKey(), known));
            }
        }
    }

    private PolicyException error(PolicyNode n, Text reason) {
        return new PolicyException(file, n.at().line(), n.at().column(), reason);
    }

    private PolicyException error(PolicyNode n, String english, Text reason) {
        return new PolicyException(file, n.at().line(), n.at().column(), english, reason);
    }
}
