package io.hopscope.reach;

import io.hopscope.text.Text;

/**
 * A selector that names nothing usable: an unknown form ({@code sgg:web}), a reference to no resource,
 * a malformed CIDR or tag. The message names the selector text, so a CLI or a policy reader can print
 * it as the one line of an input error; {@link #text()} says the same for the app in the UI's language.
 */
public final class SelectorException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient Text text;

    /** A refusal whose words are English only. */
    public SelectorException(String message) {
        super(message);
        this.text = Text.literal(message);
    }

    public SelectorException(Text text) {
        super(text.toString());
        this.text = text;
    }

    /** The reason as a keyed text (a literal where it has no key yet). */
    public Text text() {
        return text;
    }
}
