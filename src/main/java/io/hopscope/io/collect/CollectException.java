package io.hopscope.io.collect;

/** A collect that cannot go on (no credentials, an unknown Region, an unreachable endpoint): one line for the user. */
public final class CollectException extends Exception {
    private static final long serialVersionUID = 1L;

    public CollectException(String message) {
        super(message);
    }
}
