package io.hopscope.ui.trace;

import io.hopscope.engine.Hop;
import io.hopscope.engine.PathResult;
import io.hopscope.engine.PortOutcome;
import io.hopscope.engine.Trace;
import io.hopscope.engine.Verdict;
import io.hopscope.ui.common.AssertionWords;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

/**
 * The one-line verdict per direction shown on top of the trace panel, e.g. "Request reaches
 * orders-db; reply dropped at db-nacl (acl-…), rule *". Only words: every fact is the engine's.
 */
final class TraceVerdicts {

    private final ResourceBundle messages;

    private final AssertionWords words;

    TraceVerdicts(ResourceBundle messages) {
        this.messages = messages;
        this.words = new AssertionWords(messages);
    }

    String verdict(Trace trace) {
        String request = direction(trace.forward(), "trace.verdict.request", words.endpoint(trace.query().toLabel()));
        String reply;
        if (trace.reply() == null) {
            reply = messages.getString("trace.verdict.reply.notSent");
        } else {
            reply = direction(trace.reply(), "trace.verdict.reply", words.endpoint(trace.query().fromLabel()));
        }
        return request + "; " + reply + portSentence(trace);
    }

    /**
     * What the shown packet hides (rulebook 13 and 14): ports of the client's range that fail while
     * the shown one works, or a component on the path that the model does not evaluate.
     */
    private String portSentence(Trace trace) {
        if (trace.verdict() == Verdict.UNKNOWN) {
            return ". " + MessageFormat.format(messages.getString("trace.verdict.unknown"), trace.unknownAt());
        }
        if (trace.verdict() != Verdict.PORT_DEPENDENT) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        List<PortOutcome> outcomes = new ArrayList<>();
        if (trace.sourcePorts() != null) {
            outcomes.add(trace.sourcePorts());
        }
        outcomes.addAll(trace.translatedPorts());
        for (PortOutcome o : outcomes) {
            if (o.failing().isEmpty()) {
                continue;
            }
            String who = o.at() == null ? messages.getString("trace.ports.client")
                    : MessageFormat.format(messages.getString("trace.ports.translated"), o.at());
            sb.append(". ").append(MessageFormat.format(messages.getString("trace.verdict.portDependent"), who,
                    String.join(", ", o.working().texts()), String.join(", ", o.failing().texts()),
                    o.decidedAt() == null ? "?" : o.decidedAt()));
        }
        return sb.toString();
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
                row.component(messages), row.decision(messages));
    }

    /** The verdict label's style: green, amber for some ports only, grey when unknown, red. */
    static String styleClass(Verdict verdict) {
        return switch (verdict) {
            case REACHABLE -> "trace-pass";
            case PORT_DEPENDENT -> "trace-partial";
            case UNKNOWN -> "trace-unknown";
            case UNREACHABLE -> "trace-fail";
        };
    }
}
