package io.hopscope.io.input;

import io.hopscope.text.Text;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

/**
 * Counts the bytes read and fails past a limit: the streaming half of every size cap. The message
 * is written only when the limit is passed: formatting it ({@code String.format} and its locale
 * data) on every open was a noticeable share of a short command's start-up.
 */
final class LimitedInputStream extends FilterInputStream {

    private final long maxBytes;
    private final Supplier<Text> message;
    private long count;

    LimitedInputStream(InputStream in, long maxBytes, Supplier<Text> message) {
        super(in);
        this.maxBytes = maxBytes;
        this.message = message;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int off, int len) throws IOException {
        int n = super.read(buffer, off, len);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        counted(skipped);
        return skipped;
    }

    private void counted(long n) throws IOException {
        count += n;
        if (count > maxBytes) {
            throw new InputRefusedException(message.get());
        }
    }
}
