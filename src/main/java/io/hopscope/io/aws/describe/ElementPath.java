package io.hopscope.io.aws.describe;

/**
 * Where an element sits in a describe file, {@code $.Reservations[3].Instances[0]}, spelled only
 * when asked: a quota-scale account is 40,000 records and a path is read only for a problem, so
 * writing each one out as text while reading cost more than the record's own strings.
 *
 * @param parent the element holding the array, or null for a top-level array
 * @param key    the array's key in that element ({@code Instances})
 * @param index  the element's place in the array
 */
record ElementPath(ElementPath parent, String key, int index) {

    /** The array holding the element: {@code $.Reservations[3].Instances}. */
    String array() {
        return array(parent, key);
    }

    /** The array at {@code key} of {@code parent} (null: of the file's top-level object). */
    static String array(ElementPath parent, String key) {
        return (parent == null ? "$" : parent.toString()) + "." + key;
    }

    @Override
    public String toString() {
        return array() + "[" + index + "]";
    }
}
