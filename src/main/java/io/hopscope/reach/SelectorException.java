package io.hopscope.reach;

/**
 * A selector that names nothing usable: an unknown form ({@code sgg:web}), a reference to no resource,
 * a malformed CIDR or tag. The message names the selector text, so a CLI or a policy reader can print
 * it as the one line of an input error.
 */
public final class SelectorException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public SelectorException(String message) {
        super(message);
    }
}
