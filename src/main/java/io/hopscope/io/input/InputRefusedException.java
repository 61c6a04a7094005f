package io.hopscope.io.input;

import java.io.IOException;

/**
 * An input refused by a limit or because it is not a regular file; the message completes
 * "FILE ..." ("is a FIFO (named pipe), not a regular file", "is 70 MB, over the 64 MB limit").
 */
public class InputRefusedException extends IOException {

    private static final long serialVersionUID = 1L;

    public InputRefusedException(String message) {
        super(message);
    }
}
