package io.hopscope.ui.inspector;

/** A target group (or a security group) as a picker shows it: its id and "name (protocol:port)". */
public record GroupChoice(String id, String label) {

    @Override
    public String toString() {
        return label;
    }
}
