package io.hopscope.cli;

import io.hopscope.engine.QueryField;
import io.hopscope.engine.TraceQueryException;

/** How the command line names the fields of a trace question: by the options of {@code trace}. */
final class QueryFlags {
    private QueryFlags() {
    }

    static String flag(QueryField field) {
        return switch (field) {
            case FROM -> "--from";
            case TO -> "--to";
            case PROTOCOL -> "--protocol";
            case PORT -> "--port";
            case SOURCE_PORT -> "--source-port";
            case ICMP_TYPE -> "--icmp-type";
            case ICMP_CODE -> "--icmp-code";
            case SOURCE_IP -> "--source-ip";
            case DESTINATION_IP -> "--destination-ip";
            case IP_VERSION -> "--ip-version";
        };
    }

    /** The error as one line of the CLI, fields spelled as options. */
    static String message(TraceQueryException e) {
        return e.render(QueryFlags::flag);
    }
}
