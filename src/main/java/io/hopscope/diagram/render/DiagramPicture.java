package io.hopscope.diagram.render;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a picture of one diagram shows, in drawing order (containers first, notes last), with
 * the box that holds it all: the one picture the canvas makes nodes of and the SVG and PNG files
 * are drawn from ({@link DrawingBuilder}). Built without a toolkit by {@link DiagramPictureBuilder},
 * so it is tested as plain values.
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

    /**
     * The part an "export selection" draws: the selected items, every item lying inside a selected
     * one (a selected subnet brings its workloads), and the links whose two ends are both kept.
     */
    public DiagramPicture only(Set<String> selection) {
        List<Rect> selected = items.stream().filter(i -> selection.contains(i.resourceId())).map(CanvasItem::bounds).toList();
        List<CanvasItem> kept = items.stream().filter(i -> selection.contains(i.resourceId())
                || i.kind() != ItemKind.NOTE && selected.stream().anyMatch(s -> s.contains(i.bounds()))).toList();
        Set<String> keptIds = new HashSet<>();
        kept.forEach(i -> keptIds.add(i.resourceId()));
        List<CanvasLink> keptLinks = links.stream()
                .filter(l -> keptIds.contains(l.fromId()) && keptIds.contains(l.toId())).toList();
        Rect box = kept.stream().map(CanvasItem::bounds).reduce(Rect::union).orElse(new Rect(0, 0, 0, 0));
        return new DiagramPicture(kept, keptLinks, box);
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }
}
