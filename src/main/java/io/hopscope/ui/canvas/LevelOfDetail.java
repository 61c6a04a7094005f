package io.hopscope.ui.canvas;

import io.hopscope.diagram.render.CanvasItem;
import io.hopscope.diagram.render.DiagramPicture;
import io.hopscope.diagram.render.ItemKind;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;

/**
 * Level of detail for big diagrams: zoomed out below {@link #THRESHOLD}, workload cards are
 * hidden and each subnet shows how many workloads it holds instead. Thousands of cards at a few
 * pixels each are unreadable anyway, and drawing their text dominated the frame time at AWS quota
 * scale (10,000 ENIs: multi-second frames in the big-account harness). Small diagrams keep their
 * cards at every zoom, since they are cheap and a person expects to see them.
 */
final class LevelOfDetail {

    /** Below this scale a 12 px card label is under 4 px high. */
    static final double THRESHOLD = 0.35;
    /**
     * Below this scale the 10-11 px addresses and badges are under 7 px high, unreadable, yet they
     * were a third of the software-rendered frame; big diagrams hide them (the tooltip and the
     * inspector still have them) and keep icon and name.
     */
    static final double COMPACT_BELOW = 0.6;
    static final PseudoClass COMPACT = PseudoClass.getPseudoClass("compact");
    /**
     * Below this scale even subnet names and the workload counts are under 8 px: an overview of a
     * big account shows coloured boxes (public green, private blue) and VPC names, and the counts
     * are not built at all, which made the first frame of a 1,000-subnet import a second faster.
     */
    static final double OVERVIEW_BELOW = 0.2;
    static final PseudoClass OVERVIEW = PseudoClass.getPseudoClass("overview");
    /** Diagrams with fewer workloads always draw every card. */
    static final int MIN_WORKLOADS = 300;
    static final String COUNT_STYLE = "workload-count";

    private final String countPattern;
    private final List<Node> counts = new ArrayList<>();
    private Collection<Node> cards = List.of();
    private Pane world;
    private DiagramPicture picture = DiagramPicture.EMPTY;
    private double originX;
    private double originY;
    private boolean countsBuilt;
    private boolean big;
    private double scale = 1;

    LevelOfDetail(String countPattern) {
        this.countPattern = countPattern;
    }

    /** Workloads per subnet (or other container), in picture order; toolkit-free. */
    static Map<String, Integer> workloadsPerContainer(DiagramPicture picture) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (CanvasItem item : picture.items()) {
            if (item.kind() == ItemKind.WORKLOAD && item.parentId() != null) {
                counts.merge(item.parentId(), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** Whether a big picture at {@code scale} is drawn without addresses and badges. */
    static boolean compact(boolean big, double scale) {
        return big && scale < COMPACT_BELOW;
    }

    /** Whether a big picture at {@code scale} is an overview: coloured boxes, no names or counts. */
    static boolean overview(boolean big, double scale) {
        return big && scale < OVERVIEW_BELOW;
    }

    /** Whether a picture with {@code workloads} cards at {@code scale} is drawn without them. */
    static boolean coarse(int workloads, double scale) {
        return workloads >= MIN_WORKLOADS && scale < THRESHOLD;
    }

    /** Called after each redraw of {@code world}: notes the picture (counts are built when first shown) and applies the scale. */
    void attach(Pane world, Collection<Node> cardNodes, DiagramPicture picture, double originX, double originY,
                double scale) {
        this.cards = cardNodes;
        this.world = world;
        this.picture = picture;
        this.originX = originX;
        this.originY = originY;
        counts.clear();
        countsBuilt = false;
        // measure(picture) already ran before culling, in the same redraw.
        apply(scale);
    }

    private void buildCounts() {
        countsBuilt = true;
        Map<String, Integer> perContainer = workloadsPerContainer(picture);
        for (CanvasItem item : picture.items()) {
            Integer n = perContainer.get(item.resourceId());
            if (n == null || item.kind() == ItemKind.WORKLOAD) {
                continue;
            }
            Label count = new Label(MessageFormat.format(countPattern, n));
            count.getStyleClass().add(COUNT_STYLE);
            // Sized for reading at the threshold scale and below: about 14 px on screen at 0.35.
            count.setStyle("-fx-font-size: 40px; -fx-font-weight: bold;");
            count.setMouseTransparent(true);
            count.setMaxWidth(Math.max(0, item.bounds().width() - 20));
            count.relocate(item.bounds().x() - originX + 10, item.bounds().y() - originY + 40);
            counts.add(count);
        }
        // Over the shapes, under the trace overlay and the editing marks.
        world.getChildren().addAll(Math.min(3, world.getChildren().size()), counts);
    }

    /** Shows cards or counts for {@code newScale}. */
    void apply(double newScale) {
        scale = newScale;
        refresh();
    }

    /**
     * Re-applies the current scale to the cards now in the world; called after off-screen culling
     * has added or dropped shape nodes, since a card created while zoomed out must start hidden.
     */
    void refresh() {
        if (world == null) {
            return;
        }
        world.pseudoClassStateChanged(COMPACT, compact(big, scale));
        world.pseudoClassStateChanged(OVERVIEW, overview(big, scale));
        if (!big) {
            return;
        }
        boolean coarse = scale < THRESHOLD;
        boolean countsShown = coarse && !overview(big, scale);
        if (countsShown && !countsBuilt) {
            buildCounts();
        }
        for (Node n : cards) {
            if (n.getStyleClass().contains(ItemKind.WORKLOAD.styleClass())) {
                n.setVisible(!coarse);
            }
        }
        for (Node count : counts) {
            count.setVisible(countsShown);
        }
    }

    /** Notes whether {@code picture} is big enough for level of detail; before culling first runs. */
    void measure(DiagramPicture picture) {
        big = picture.items().stream().filter(i -> i.kind() == ItemKind.WORKLOAD).count() >= MIN_WORKLOADS;
    }

    /** Whether cards are dropped at {@code atScale}: culling then need not create them at all. */
    boolean dropsCards(double atScale) {
        return big && atScale < THRESHOLD;
    }

    boolean showsCounts() {
        return !counts.isEmpty() && counts.get(0).isVisible();
    }
}
