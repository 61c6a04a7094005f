package io.hopscope.io.aws.describe;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * A list the {@link RecordBinder} read from a JSON array with no null in it: unmodifiable, owned by
 * the record it is bound into and by nothing else, so the records' constructors keep it as it is
 * instead of copying it ({@link AwsTag#orEmpty}). A quota-scale account has 100,000 such lists;
 * copying each into a new list and a wrapper was a sixth of what its reading allocated.
 */
final class BoundList<T> extends AbstractList<T> implements RandomAccess {

    private static final BoundList<?> EMPTY = new BoundList<>(new Object[0]);

    private final Object[] elements;

    private BoundList(Object[] elements) {
        this.elements = elements;
    }

    /** The elements as a bound list, or null when one of them is null (the caller keeps its own list). */
    static List<Object> of(List<Object> elements) {
        if (elements.isEmpty()) {
            return empty();
        }
        Object[] array = elements.toArray();
        for (Object e : array) {
            if (e == null) {
                return null;
            }
        }
        return new BoundList<>(array);
    }

    @SuppressWarnings("unchecked")
    static <T> List<T> empty() {
        return (List<T>) EMPTY;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(int index) {
        return (T) elements[index];
    }

    @Override
    public int size() {
        return elements.length;
    }
}
