package io.hopscope.ui.inspector;

/** One entry of a pick list: the value an edit uses (an id) and what a person reads. */
public record Choice(String value, String label) {

    @Override
    public String toString() {
        return label;
    }
}
