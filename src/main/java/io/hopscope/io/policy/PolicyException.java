package io.hopscope.io.policy;

/**
 * A policy file that cannot be used: the message says what is wrong and, when it is in the text,
 * {@code line} and {@code column} (1-based; 0 when the file as a whole is at fault, e.g. too big).
 * {@link #getMessage()} is the one line a CLI prints: "FILE:LINE:COLUMN: reason".
 */
public final class PolicyException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final int line;
    private final int column;
    private final String reason;

    public PolicyException(String file, int line, int column, String reason) {
        super(file + (line > 0 ? ":" + line + ":" + column : "") + ": " + reason);
        this.file = file;
        this.line = line;
        this.column = column;
        this.reason = reason;
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

    public String reason() {
        return reason;
    }
}
