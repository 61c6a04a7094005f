package io.hopscope.ui.reach;

import io.hopscope.engine.TraceQuery;
import io.hopscope.engine.Verdict;

import java.util.List;

/**
 * One row of the reachability panel: every address of {@code addresses} of {@code source} reaches
 * {@code destination} with {@code protocol} on {@code ports}, with {@code verdict} (REACHABLE,
 * PORT_DEPENDENT, or UNKNOWN where the model cannot decide), let through by {@code allowedBy}.
 * {@code example} is the concrete packet that stands for the row; {@code path} the shapes (source,
 * components on the way, target) the canvas highlights.
 */
public record ReachRow(String source, String destination, String protocol, String ports, String addresses,
                       Verdict verdict, String allowedBy, TraceQuery example, String sourceShape,
                       String targetShape, List<String> path) {
    public ReachRow {
        path = List.copyOf(path);
    }
}
