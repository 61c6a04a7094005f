package io.hopscope.diagram.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the canvas draws for one diagram, in drawing order (containers first, notes last),
 * with the box that holds it all. Built without a toolkit, so it is tested as plain values.
 *
 * @param byId the items by resource id (the first of any repeated id), derived from {@code items}:
 *             the editor, culling and the trace overlay look items up on every gesture, and a
 *             scan of an 11,000-item account per lookup was a hot path
 */
public record DiagramPicture(List<CanvasItem> items, List<CanvasLink> links, Rect bounds, Map<String, CanvasItem> byId) {

    public static final DiagramPicture EMPTY = new DiagramPicture(List.of(), List.of(), new Rect(0, 0, 0, 0));

    public DiagramPicture(List<CanvasItem> items, List<CanvasLink> links, Rect bounds) {
        this(items, links, bounds, index(items));
    }

    public DiagramPicture {
        items = List.copyOf(items);
        links = List.copyOf(links);
        byId = Map.copyOf(byId);
    }

    private static Map<String, CanvasItem> index(List<CanvasItem> items) {
        Map<String, CanvasItem> byId = new HashMap<>();
        for (CanvasItem item : items) {
            byId.putIfAbsent(item.resourceId(), item);
        }
        return byId;
    }

    public Optional<CanvasItem> item(String resourceId) {
        return Optional.ofNullable(byId.get(resourceId));
    }

    public List<CanvasItem> itemsOfKind(ItemKind kind) {
        return items.stream().filter(i -> i.kind() == kind).toList();
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }
}
