package io.hopscope.io.terraform;

/** A Terraform JSON file that cannot be used: the message names the JSON path and what is wrong. */
public final class TfInputException extends Exception {
    private static final long serialVersionUID = 1L;

    public TfInputException(String message) {
        super(message);
    }
}
