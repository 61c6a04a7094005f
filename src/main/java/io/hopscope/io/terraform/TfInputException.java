package io.hopscope.io.terraform;

import io.hopscope.text.Text;

/** A Terraform JSON file that cannot be used: the message names the JSON path and what is wrong. */
public final class TfInputException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Null when the message is English only. */
    private final transient Text text;

    public TfInputException(String message) {
        this(message, null);
    }

    /** {@code message} for the command line (English, as it always printed), {@code text} for the app's language. */
    public TfInputException(String message, Text text) {
        super(message);
        this.text = text;
    }

    /** What is wrong as a keyed text the app shows in the UI's language, or null when only the English message says it. */
    public Text text() {
        return text;
    }
}
