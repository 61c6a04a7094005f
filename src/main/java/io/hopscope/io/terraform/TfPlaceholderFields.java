package io.hopscope.io.terraform;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which fields of which resource ids already have a placeholder, so each is listed once. Keyed by
 * the id itself rather than an "id|field" text: a large plan records 30,000 placeholders, and a
 * text built per call was hashed in full each time, where an id's hash is computed once and kept
 * by the string. Fields hold no '|', so the pairs are told apart exactly as the joined text did.
 */
final class TfPlaceholderFields {
    /** Most ids have one field; an instance's primary interface has two (its id, its address). */
    private final Map<String, List<String>> fields;

    /** {@code expected}: about how many ids will have a placeholder (sized once, not grown ten times). */
    TfPlaceholderFields(int expected) {
        this.fields = new HashMap<>(Math.max(16, expected * 4 / 3 + 1));
    }

    /** Whether the pair is new (and now recorded). */
    boolean add(String id, String field) {
        List<String> had = fields.get(id);
        if (had == null) {
            fields.put(id, List.of(field));
            return true;
        }
        if (had.contains(field)) {
            return false;
        }
        List<String> more = new ArrayList<>(had.size() + 1);
        more.addAll(had);
        more.add(field);
        fields.put(id, more);
        return true;
    }
}
