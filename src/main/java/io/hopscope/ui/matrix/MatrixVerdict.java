package io.hopscope.ui.matrix;

/**
 * The colour class of one matrix cell: the contract's four verdicts, and the diagonal (an
 * interface against itself, which the CLI writes as REACHABLE without tracing anything).
 */
public enum MatrixVerdict {
    REACHABLE, PORT_DEPENDENT, UNKNOWN, UNREACHABLE, SELF;

    /** The style class of a legend swatch (and the CSS rule the grid takes its colour from). */
    public String styleClass() {
        return "matrix-" + name();
    }

    /** The message key of the verdict's words. */
    public String messageKey() {
        return "matrix.verdict." + name();
    }

    static MatrixVerdict of(String contractVerdict) {
        return switch (contractVerdict) {
            case "REACHABLE" -> REACHABLE;
            case "PORT_DEPENDENT" -> PORT_DEPENDENT;
            case "UNKNOWN" -> UNKNOWN;
            default -> UNREACHABLE;
        };
    }
}
