package io.hopscope.ui.lab;

import io.hopscope.lab.LabFile;

/** One line of the lab browser, in the reader's language. */
public record LabRow(LabFile lab, String title, String topic, String difficulty, String minutes, boolean done) {

    public String id() {
        return lab.lab().id();
    }

    /** The done column: a check mark once solved. */
    public String doneMark() {
        return done ? "✓" : "";
    }
}
