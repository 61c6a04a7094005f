package io.hopscope.diagram.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds positions for resources the layout does not place yet (a resource added by hand to the
 * file, or an import without layout). Each child goes into the first free spot inside its parent's
 * content area, away from the siblings already there; when the parent is full it goes in a row
 * just below the parent. Either way it never sits across its parent's border, and the parent is
 * never grown behind the user's back ("containers must be reliable").
 */
final class FallbackPlacer {

    static final double GAP = 16;
    private static final double STEP = 8;

    private final Map<String, List<Rect>> occupiedByParent = new HashMap<>();
    private final Map<String, Double> overflowXByParent = new HashMap<>();
    private final Map<String, Double> resumeYBySize = new HashMap<>();

    /** Marks a box as taken among the children of {@code parentKey}. */
    void occupy(String parentKey, Rect box) {
        occupiedByParent.computeIfAbsent(parentKey, k -> new ArrayList<>()).add(box);
    }

    /**
     * A spot for a {@code width} x {@code height} child inside {@code content} (the parent's box
     * less its header and padding), or, when none is free, below {@code parentBox}.
     */
    Rect place(String parentKey, Rect parentBox, Rect content, double width, double height) {
        List<Rect> occupied = occupiedByParent.computeIfAbsent(parentKey, k -> new ArrayList<>());
        // Boxes are only ever added, so rows found full for this size stay full: resume below them.
        String resumeKey = parentKey + "|" + width + "x" + height;
        double startY = Math.max(content.y(), resumeYBySize.getOrDefault(resumeKey, content.y()));
        Rect spot = freeSpot(content, startY, width, height, occupied);
        if (spot == null) {
            resumeYBySize.put(resumeKey, content.maxY());
            double x = overflowXByParent.getOrDefault(parentKey, parentBox.x());
            spot = new Rect(x, parentBox.maxY() + 2 * GAP, width, height);
            overflowXByParent.put(parentKey, x + width + GAP);
        } else {
            resumeYBySize.put(resumeKey, spot.y());
        }
        occupied.add(spot);
        return spot;
    }

    /**
     * The first free spot scanning rows from {@code startY} down, each left to right, or null.
     * Within a row the scan jumps past each box in the way, so a full row costs one pass over
     * the boxes in that row, not one check per pixel.
     */
    static Rect freeSpot(Rect area, double startY, double width, double height, List<Rect> occupied) {
        for (double y = startY; y + height <= area.maxY(); y += STEP) {
            Rect row = new Rect(area.x(), y, area.width(), height);
            List<Rect> inRow = occupied.stream().filter(o -> o.intersects(row, GAP)).toList();
            double x = area.x();
            while (x + width <= area.maxX()) {
                Rect candidate = new Rect(x, y, width, height);
                Rect hit = inRow.stream().filter(o -> o.intersects(candidate, GAP)).findFirst().orElse(null);
                if (hit == null) {
                    return candidate;
                }
                x = Math.max(x + STEP, hit.maxX() + GAP);
            }
        }
        return null;
    }

    /**
     * The size a fallback container needs so its children, laid in rows of {@code columns}, fit
     * inside with {@code padding} around them and {@code header} on top.
     */
    static double[] containerSize(List<double[]> childSizes, int columns, double header, double padding,
                                  double minWidth, double minHeight) {
        double width = 0;
        double height = 0;
        for (int row = 0; row * columns < childSizes.size(); row++) {
            double rowWidth = 0;
            double rowHeight = 0;
            for (int i = row * columns; i < Math.min(childSizes.size(), (row + 1) * columns); i++) {
                rowWidth += childSizes.get(i)[0] + GAP + STEP;
                rowHeight = Math.max(rowHeight, childSizes.get(i)[1]);
            }
            width = Math.max(width, rowWidth);
            height += rowHeight + GAP + STEP;
        }
        return new double[] {Math.max(minWidth, width + 2 * padding), Math.max(minHeight, height + header + 2 * padding)};
    }
}
