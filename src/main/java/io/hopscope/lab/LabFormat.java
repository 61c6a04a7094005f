package io.hopscope.lab;

/**
 * The constants of the lab section, versioned apart from the diagram format it extends: a lab
 * file is a diagram file (format v1) with one more top-level field, {@code "lab"}.
 */
public final class LabFormat {

    public static final String SECTION = "lab";
    public static final int VERSION = 1;
    /** Lab ids name files and preference keys: lower-case words joined by hyphens. */
    public static final String ID_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
    public static final int MAX_MINUTES = 600;

    private LabFormat() {
    }
}
