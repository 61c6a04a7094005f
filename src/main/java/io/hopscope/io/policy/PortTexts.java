package io.hopscope.io.policy;

import io.hopscope.model.net.PortRange;
import io.hopscope.model.net.PortSet;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Port lists as people write them in policies: "443", "80,443", "1024-65535", "8000-8080, 9000". */
final class PortTexts {
    private PortTexts() {
    }

    static PortSet parse(String text, Function<String, PolicyException> error) throws PolicyException {
        List<PortRange> ranges = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            String p = part.trim();
            if (p.isEmpty()) {
                throw error.apply("ports '" + text + "' has an empty item; write e.g. \"80,443\" or \"1024-65535\"");
            }
            int dash = p.indexOf('-', 1);
            int from = port(dash < 0 ? p : p.substring(0, dash).trim(), text, error);
            int to = dash < 0 ? from : port(p.substring(dash + 1).trim(), text, error);
            if (from > to) {
                throw error.apply("impossible port range '" + p + "': it starts after it ends");
            }
            ranges.add(new PortRange(from, to));
        }
        return PortSet.ofRanges(ranges);
    }

    private static int port(String s, String text, Function<String, PolicyException> error) throws PolicyException {
        if (!s.matches("\\d{1,6}")) {
            throw error.apply("ports '" + text + "': '" + s + "' is not a port number");
        }
        int n = Integer.parseInt(s);
        if (n > 65535) {
            throw error.apply("impossible port " + n + " in '" + text + "': ports are 0-65535");
        }
        return n;
    }
}
