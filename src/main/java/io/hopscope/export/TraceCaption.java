package io.hopscope.export;

import io.hopscope.engine.Hop;
import io.hopscope.engine.PathResult;
import io.hopscope.engine.ResolvedQuery;
import io.hopscope.engine.Trace;
import java.util.ArrayList;
import java.util.List;

/**
 * The caption of an exported trace, so a picture pasted into a ticket says what it shows: the
 * question ("web-1 (10.0.1.10) -> orders-db (10.0.2.45), tcp port 3306"), then one line per
 * direction with its verdict and, when dropped, the component and the rule that dropped it.
 */
public final class TraceCaption {

    private TraceCaption() {
    }

    public static List<String> of(Trace trace) {
        ResolvedQuery q = trace.query();
        List<String> lines = new ArrayList<>();
        StringBuilder question = new StringBuilder("Trace ").append(q.fromLabel()).append(" (").append(q.sourceIp())
                .append(") \u2192 ").append(q.toLabel()).append(" (").append(q.destinationIp()).append("), ")
                .append(q.protocol().label());
        if (q.destinationPort() != null) {
            question.append(" port ").append(q.destinationPort());
        }
        lines.add(question.toString());
        lines.add(direction("Request", trace.forward()));
        lines.add(trace.reply() == null ? "Reply: not sent (the request is dropped)" : direction("Reply", trace.reply()));
        return lines;
    }

    private static String direction(String title, PathResult p) {
        if (p.delivered()) {
            return title + ": \u2713 reaches its destination";
        }
        Hop h = p.blockingHop();
        if (h == null) {
            return title + ": \u2717 dropped";
        }
        String component = h.name().isEmpty() ? h.componentId() : h.name() + " (" + h.componentId() + ")";
        return title + ": \u2717 dropped at " + component + (h.rule() == null || h.rule().isEmpty() ? "" : ", rule " + h.rule());
    }
}
