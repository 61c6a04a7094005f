package io.hopscope.diagram.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.Shape;
import io.hopscope.io.format.DiagramReader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CaptionBesideTest {

    /** The sample whose 60 x 60 "client" tile used to read "c…". */
    static Diagram brokenReturn() {
        return DiagramReader.read(Path.of("diagrams", "ec2-to-rds-broken-return.json")).diagram();
    }

    @Test
    void smallExternalTileKeepsItsFullNameAndAddressBesideIt() {
        DrawnBox client = DrawingBuilder.build(brokenReturn()).box("internet-host");

        assertTrue(client.captionBeside());
        assertEquals("client", client.title());
        assertEquals("internet 203.0.113.10/32", client.subtitle());
        assertTrue(client.textX() > client.x() + client.width(), "caption starts right of the tile");
        assertTrue(client.iconSize() > DrawnBox.ICON_SIZE, "the tile is mostly its icon");
    }

    @Test
    void boxWideEnoughForItsTextKeepsTheTextInside() {
        DrawnBox web = DrawingBuilder.build(brokenReturn()).box("i-0a1b2c3d4e5f60110");

        assertFalse(web.captionBeside());
        assertTrue(web.textX() < web.x() + web.width());
        assertEquals(web.x() + web.width(), web.right());
    }

    @Test
    void narrowWorkloadWhoseNameIsCutGetsItsCaptionBeside() {
        Diagram d = brokenReturn();
        d = d.withLayout(d.layout().with(new Shape("orders-db", 180, 480, 40, 40)));

        DrawnBox db = DrawingBuilder.build(d).box("orders-db");

        assertTrue(db.captionBeside());
        assertEquals("orders-db", db.title());
    }

    @Test
    void sceneBoundsReachPastTheRightmostTileToTheEndOfItsCaption() {
        Diagram d = brokenReturn();
        d = d.withLayout(d.layout().with(new Shape("internet-host", 1000, 60, 60, 60)));

        Drawing drawing = DrawingBuilder.build(d);
        DrawnBox client = drawing.box("internet-host");

        assertTrue(client.right() >= client.textX() + "internet 203.0.113.10/32".length() * 6);
        assertTrue(drawing.x() + drawing.width() >= client.right() + DrawingBuilder.MARGIN - 1,
                "right edge " + (drawing.x() + drawing.width()) + " vs caption end " + client.right());
    }
}
