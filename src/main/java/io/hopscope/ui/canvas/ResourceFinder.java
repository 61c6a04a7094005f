package io.hopscope.ui.canvas;

import io.hopscope.diagram.render.CanvasItem;
import io.hopscope.diagram.render.DiagramPicture;

import io.hopscope.ui.common.DiagramDocument;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Edit > Find on the canvas: a resource by name or id. */
final class ResourceFinder {

    private ResourceFinder() {
    }

    /**
     * Finds by name or id (ignoring case) and selects: an exact match first, then the first drawn
     * item containing the text, then any other resource containing it. Route tables, ACLs and groups
     * that no badge shows (unattached, or replaced on every subnet) are found too, so the inspector
     * can still open them.
     */
    static Optional<String> find(DiagramDocument document, DiagramPicture picture, String text) {
        String needle = text.trim().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return Optional.empty();
        }
        var model = document.getDiagram().model();
        Set<String> candidates = new LinkedHashSet<>();
        picture.items().forEach(i -> candidates.add(i.resourceId()));
        model.allResources().forEach(r -> candidates.add(r.id()));
        for (boolean exact : new boolean[] {true, false}) {
            for (String id : candidates) {
                String name = model.find(id).map(r -> r.name())
                        .orElseGet(() -> picture.item(id).map(CanvasItem::title).orElse(""));
                if (matches(id, needle, exact) || matches(name, needle, exact)) {
                    document.getSelection().clear();
                    document.getSelection().add(id);
                    return Optional.of(id);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean matches(String value, String needle, boolean exact) {
        String v = value.toLowerCase(Locale.ROOT);
        return exact ? v.equals(needle) : v.contains(needle);
    }
}
