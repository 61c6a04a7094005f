package io.hopscope.engine;

/** The query names something the model does not have, or a field is out of range; the message says which. */
public class TraceQueryException extends RuntimeException {
    public TraceQueryException(String message) {
        super(message);
    }
}
