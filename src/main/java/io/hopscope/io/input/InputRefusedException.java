package io.hopscope.io.input;

import io.hopscope.text.Text;
import java.io.IOException;

/**
 * An input refused by a limit or because it is not a regular file; the message completes
 * "FILE ..." ("is a FIFO (named pipe), not a regular file", "is 70 MB, over the 64 MB limit").
 * {@link #getMessage()} is the English the command line prints, {@link #text()} the same reason
 * keyed, for the app to say in the UI's language.
 */
public class InputRefusedException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Text text;

    public InputRefusedException(Text text) {
        super(text.toString());
        this.text = text;
    }

    /** The reason as a keyed text. */
    public Text text() {
        return text;
    }
}
