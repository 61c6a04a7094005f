package io.hopscope.io.format;

import io.hopscope.text.Text;
import java.io.IOException;

/**
 * A PNG that cannot give back its diagram: the English the command line prints, and the same reason as
 * a keyed text for the app, which says it in the reader's language.
 */
public final class PngChunkException extends IOException {

    private final transient Text text;

    PngChunkException(String english, Text text) {
        super(english);
        this.text = text;
    }

    public Text text() {
        return text;
    }
}
