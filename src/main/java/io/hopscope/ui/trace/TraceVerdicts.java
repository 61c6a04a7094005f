package io.hopscope.ui.trace;

import io.hopscope.engine.Hop;
import io.hopscope.engine.PathResult;
import io.hopscope.engine.Trace;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * The one-line verdict per direction shown on top of the trace panel, e.g. "Request reaches
 * orders-db; reply dropped at db-nacl (acl-…), rule *". Only words: every fact is the engine's.
 */
final class TraceVerdicts {

    private final ResourceBundle messages;

    TraceVerdicts(ResourceBundle messages) {
        this.messages = messages;
    }

    String verdict(Trace trace) {
        String request = direction(trace.forward(), "trace.verdict.request", trace.query().toLabel());
        String reply;
        if (trace.reply() == null) {
            reply = messages.getString("trace.verdict.reply.notSent");
        } else {
            reply = direction(trace.reply(), "trace.verdict.reply", trace.query().fromLabel());
        }
        return request + "; " + reply;
    }

    private String direction(PathResult path, String keyPrefix, String target) {
        if (path.delivered()) {
            return MessageFormat.format(messages.getString(keyPrefix + ".reaches"), target);
        }
        Hop block = path.blockingHop();
        if (block == null) {
            return MessageFormat.format(messages.getString(keyPrefix + ".dropped"), path.blockedAt(), "");
        }
        String where = block.name().isEmpty() ? block.componentId() : block.name() + " (" + block.componentId() + ")";
        if ("destination-not-in-peer-cidr".equals(block.reason())) {
            // The cause, not only the place: the user's mental model is usually "peered to the hub".
            return MessageFormat.format(messages.getString(keyPrefix + ".dropped"), where)
                    + " " + messages.getString("trace.verdict.notTransitive");
        }
        if (block.rule() == null) {
            return MessageFormat.format(messages.getString(keyPrefix + ".dropped"), where);
        }
        return MessageFormat.format(messages.getString(keyPrefix + ".droppedRule"), where, block.rule());
    }

    /** "Hop 3 of 10 · reply · network-acl db-nacl egress: DENY". */
    String hopTitle(HopRow row, int count) {
        String dir = messages.getString(row.reply() ? "trace.direction.reply" : "trace.direction.request");
        return MessageFormat.format(messages.getString("trace.hop.title"), row.index() + 1, count, dir,
                row.component(), row.decision());
    }
}
