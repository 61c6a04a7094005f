package io.hopscope.ui.canvas;

import io.hopscope.diagram.render.DiagramPicture;
import io.hopscope.diagram.render.DiagramPictureBuilder;
import io.hopscope.diagram.render.ItemKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.ui.UiTestDiagrams;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class LevelOfDetailTest {

    private final DiagramPictureBuilder builder =
            new DiagramPictureBuilder(ResourceBundle.getBundle("io.hopscope.i18n.messages", Locale.ROOT));

    @Test
    void workloadsAreCountedPerSubnet() {
        DiagramPicture picture = builder.build(UiTestDiagrams.twoTier());

        Map<String, Integer> counts = LevelOfDetail.workloadsPerContainer(picture);

        long workloads = picture.items().stream().filter(i -> i.kind() == ItemKind.WORKLOAD).count();
        assertEquals(workloads, counts.values().stream().mapToInt(Integer::intValue).sum());
        counts.keySet().forEach(id -> assertTrue(picture.items().stream()
                .anyMatch(i -> i.resourceId().equals(id) && i.kind() == ItemKind.SUBNET), id + " is a subnet"));
    }

    @Test
    void onlyBigDiagramsZoomedOutDropTheirCards() {
        assertTrue(LevelOfDetail.coarse(10_000, 0.1));
        assertFalse(LevelOfDetail.coarse(10_000, LevelOfDetail.THRESHOLD), "at the threshold cards show");
        assertFalse(LevelOfDetail.coarse(10_000, 1.0));
        assertFalse(LevelOfDetail.coarse(LevelOfDetail.MIN_WORKLOADS - 1, 0.1), "small diagrams keep their cards");
    }

    @Test
    void bigDiagramsDropUnreadableTextInTiersAsTheyZoomOut() {
        assertFalse(LevelOfDetail.compact(true, LevelOfDetail.COMPACT_BELOW), "at 60 % addresses still show");
        assertTrue(LevelOfDetail.compact(true, 0.5));
        assertFalse(LevelOfDetail.compact(false, 0.5), "small diagrams keep every word");
        assertFalse(LevelOfDetail.overview(true, LevelOfDetail.OVERVIEW_BELOW));
        assertTrue(LevelOfDetail.overview(true, 0.1));
        assertFalse(LevelOfDetail.overview(false, 0.1));
        assertTrue(LevelOfDetail.OVERVIEW_BELOW < LevelOfDetail.THRESHOLD && LevelOfDetail.THRESHOLD < LevelOfDetail.COMPACT_BELOW,
                "tiers nest: overview inside coarse inside compact");
    }
}
