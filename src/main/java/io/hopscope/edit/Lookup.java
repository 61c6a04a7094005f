package io.hopscope.edit;

import io.hopscope.diagram.Diagram;
import io.hopscope.model.Resource;

/** Finds the resource an edit works on, or says it no longer exists (after an undo elsewhere). */
final class Lookup {

    private Lookup() {
    }

    static <T extends Resource> T require(Diagram diagram, String id, Class<T> type, String what) {
        T r = diagram.model().get(id, type);
        if (r == null) {
            throw EditRefusal.gone(what, id);
        }
        return r;
    }
}
