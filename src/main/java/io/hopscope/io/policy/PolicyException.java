package io.hopscope.io.policy;

import io.hopscope.text.Text;

/**
 * A policy file that cannot be used: the message says what is wrong and, when it is in the text,
 * {@code line} and {@code column} (1-based; 0 when the file as a whole is at fault, e.g. too big).
 * {@link #getMessage()} is the one line a CLI prints: "FILE:LINE:COLUMN: reason"; {@link #text()}
 * is the reason as a keyed text, for the app (the policy panel, a lab's assertions) to say in the
 * UI's language.
 */
public final class PolicyException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final int line;
    private final int column;
    private final String reason;
    private final transient Text text;

    public PolicyException(String file, int line, int column, Text reason) {
        this(file, line, column, reason.toString(), reason);
    }

    /** {@code english}: what the command line prints when it is not {@code text}'s English (a parser's own sentence). */
    public PolicyException(String file, int line, int column, String english, Text text) {
        super(file + (line > 0 ? ":" + line + ":" + column : "") + ": " + english);
        this.file = file;
        this.line = line;
        this.column = column;
        this.reason = english;
        this.text = text;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The reason in English, as the command line prints it. */
    public String reason() {
        return reason;
    }

    /** The reason as a keyed text. */
    public Text text() {
        return text;
    }
}
