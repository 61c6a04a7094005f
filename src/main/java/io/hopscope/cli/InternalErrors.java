package io.hopscope.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * The edge of every command: an exception that is not an input error is a programming error.
 * The user sees one line with a short id (the same failure gives the same id, so reports can be
 * matched) and the stack trace only with {@code --debug}; never the exception's own text, which
 * may quote internals ("Cannot invoke ... because "vpc" is null").
 */
final class InternalErrors {

    static final int EXIT_INTERNAL_ERROR = 1;

    private InternalErrors() {
    }

    static int report(PrintWriter err, Throwable t, boolean debug) {
        err.println("internal error, please report: " + id(t)
                + (debug ? "" : " (run again with --debug to see the details)"));
        if (debug) {
            t.printStackTrace(err);
        }
        err.flush();
        return EXIT_INTERNAL_ERROR;
    }

    /** "HS-1f3a9c02": from the exception's class and the first frames, not from its message. */
    static String id(Throwable t) {
        int h = t.getClass().getName().hashCode();
        StackTraceElement[] frames = t.getStackTrace();
        for (int i = 0; i < Math.min(4, frames.length); i++) {
            h = 31 * h + (frames[i].getClassName() + "." + frames[i].getMethodName() + ":" + frames[i].getLineNumber())
                    .hashCode();
        }
        return String.format(Locale.ROOT, "HS-%08x", h);
    }
}
