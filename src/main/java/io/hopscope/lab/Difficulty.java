package io.hopscope.lab;

/** How much a lab asks of a learner, as the file writes it. */
public enum Difficulty {
    BEGINNER("beginner"), INTERMEDIATE("intermediate"), ADVANCED("advanced");

    private final String wireName;

    Difficulty(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** Null for text that names no difficulty. */
    public static Difficulty ofWireName(String text) {
        for (Difficulty d : values()) {
            if (d.wireName.equals(text)) {
                return d;
            }
        }
        return null;
    }
}
