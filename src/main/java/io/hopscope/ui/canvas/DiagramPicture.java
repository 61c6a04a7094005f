package io.hopscope.ui.canvas;

import java.util.List;
import java.util.Optional;

/**
 * Everything the canvas draws for one diagram, in drawing order (containers first, notes last),
 * with the box that holds it all. Built without a toolkit, so it is tested as plain values.
 */
public record DiagramPicture(List<CanvasItem> items, List<CanvasLink> links, Rect bounds) {

    public static final DiagramPicture EMPTY = new DiagramPicture(List.of(), List.of(), new Rect(0, 0, 0, 0));

    public DiagramPicture {
        items = List.copyOf(items);
        links = List.copyOf(links);
    }

    public Optional<CanvasItem> item(String resourceId) {
        return items.stream().filter(i -> resourceId.equals(i.resourceId())).findFirst();
    }

    public List<CanvasItem> itemsOfKind(ItemKind kind) {
        return items.stream().filter(i -> i.kind() == kind).toList();
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }
}
