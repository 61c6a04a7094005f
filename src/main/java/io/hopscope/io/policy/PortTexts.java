package io.hopscope.io.policy;

import io.hopscope.model.net.PortRange;
import io.hopscope.model.net.PortSet;
import io.hopscope.text.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Port lists as people write them in policies: "443", "80,443", "1024-65535", "8000-8080, 9000". */
final class PortTexts {
    private PortTexts() {
    }

    static PortSet parse(String text, Function<Text, PolicyException> error) throws PolicyException {
        List<PortRange> ranges = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            String p = part.trim();
            if (p.isEmpty()) {
                throw error.apply(Text.of("policy.ports.emptyItem", text));
            }
            int dash = p.indexOf('-', 1);
            int from = port(dash < 0 ? p : p.substring(0, dash).trim(), text, error);
            int to = dash < 0 ? from : port(p.substring(dash + 1).trim(), text, error);
            if (from > to) {
                throw error.apply(Text.of("policy.ports.reversed", p));
            }
            ranges.add(new PortRange(from, to));
        }
        return PortSet.ofRanges(ranges);
    }

    private static int port(String s, String text, Function<Text, PolicyException> error) throws PolicyException {
        if (!s.matches("\\d{1,6}")) {
            throw error.apply(Text.of("policy.ports.notANumber", text, s));
        }
        int n = Integer.parseInt(s);
        if (n > 65535) {
            throw error.apply(Text.of("policy.ports.tooHigh", n, text));
        }
        return n;
    }
}
