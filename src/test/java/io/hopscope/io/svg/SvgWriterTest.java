package io.hopscope.io.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.render.Drawing;
import io.hopscope.diagram.render.DrawingBuilder;
import io.hopscope.diagram.render.StyleRole;
import io.hopscope.io.importing.AwsDiagramImporter;
import io.hopscope.model.Vpc;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgWriterTest {

    private static final Diagram HYBRID = AwsDiagramImporter.importDirectory(
            Path.of("..", "shared", "aws-samples", "pybatfish-hybrid-cloud"), "hybrid").diagram();

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void everyShapeIsOneGroupCarryingItsResourceIdAndRole() throws Exception {
        Drawing drawing = DrawingBuilder.build(HYBRID);
        Document doc = parse(SvgWriter.toSvg(drawing, 1));

        NodeList groups = doc.getElementsByTagName("g");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            ids.add(g.getAttribute("data-resource-id"));
            String id = g.getAttribute("data-resource-id");
            StyleRole role = drawing.box(id).role();
            assertTrue(g.getAttribute("class").contains("hs-" + role.wireName()), id + " class " + g.getAttribute("class"));
            Element rect = (Element) g.getElementsByTagName("rect").item(0);
            assertEquals(role.fill(), rect.getAttribute("fill"));
            String icon = drawing.box(id).icon();
            NodeList paths = g.getElementsByTagName("path");
            assertEquals(icon == null ? 0 : 1, paths.getLength(), id + " icon");
            if (icon != null) {
                assertEquals(io.hopscope.diagram.render.IconPaths.pathData(icon), ((Element) paths.item(0)).getAttribute("d"));
            }
        }
        // Besides one group per shape, the SG/RT/ACL badges are groups of their own.
        long badges = drawing.boxes().stream().filter(b -> b.isBadge()).count();
        assertTrue(badges > 0, "the badges are drawn");
        ids.removeIf(id -> drawing.box(id).isBadge());
        assertEquals(HYBRID.layout().shapes().keySet(), ids);
        assertEquals(HYBRID.layout().shapes().size() + badges, groups.getLength());
    }

    @Test
    void scaleSetsTheDocumentSizeButNotTheViewBox() throws Exception {
        Drawing drawing = DrawingBuilder.build(HYBRID);
        Element one = parse(SvgWriter.toSvg(drawing, 1)).getDocumentElement();
        Element two = parse(SvgWriter.toSvg(drawing, 2)).getDocumentElement();
        assertEquals(2 * Double.parseDouble(one.getAttribute("width")), Double.parseDouble(two.getAttribute("width")));
        assertEquals(one.getAttribute("viewBox"), two.getAttribute("viewBox"));
    }

    @Test
    void namesWithMarkupAndControlCharactersStayWellFormed() throws Exception {
        Vpc vpc = HYBRID.model().vpcs().get(0);
        Diagram odd = HYBRID.withModel(HYBRID.model().with(vpc.withName("<prod & \"test\"\u0001>")));
        Document doc = parse(SvgWriter.toSvg(DrawingBuilder.build(odd), 1));
        NodeList texts = doc.getElementsByTagName("text");
        boolean found = false;
        for (int i = 0; i < texts.getLength(); i++) {
            found |= texts.item(i).getTextContent().equals("<prod & \"test\">");
        }
        assertTrue(found, "the VPC name is drawn as written, minus the control character");
    }

    @Test
    void smallExternalTileCarriesItsFullNameAndAddressBesideIt() throws Exception {
        Diagram d = io.hopscope.io.format.DiagramReader.read(Path.of("diagrams", "ec2-to-rds-broken-return.json"))
                .diagram();
        Drawing drawing = DrawingBuilder.build(d);
        Document doc = parse(SvgWriter.toSvg(drawing, 1));

        Element client = doc.getElementById("shape-internet-host");
        NodeList groups = doc.getElementsByTagName("g");
        for (int i = 0; client == null && i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if ("internet-host".equals(g.getAttribute("data-resource-id"))) {
                client = g;
            }
        }
        NodeList texts = client.getElementsByTagName("text");
        assertEquals(2, texts.getLength());
        assertEquals("client", texts.item(0).getTextContent());
        assertEquals("internet 203.0.113.10/32", texts.item(1).getTextContent());
        double tileRight = drawing.box("internet-host").x() + drawing.box("internet-host").width();
        assertTrue(Double.parseDouble(((Element) texts.item(0)).getAttribute("x")) > tileRight);
    }
}
