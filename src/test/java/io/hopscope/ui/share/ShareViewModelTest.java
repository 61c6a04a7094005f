package io.hopscope.ui.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.check.Problem;
import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.Shape;
import io.hopscope.edit.Edit;
import io.hopscope.io.format.DiagramLoad;
import io.hopscope.io.format.DiagramReader;
import io.hopscope.io.importing.AwsDiagramImport;
import io.hopscope.model.Subnet;
import io.hopscope.ui.common.DiagramDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The share view model without a toolkit: imports of the shared AWS samples and exports to files. */
class ShareViewModelTest {

    private static final Path NAT = Path.of("..", "shared", "aws-samples", "batfish-test-nat-gateway");
    private static final Path PEERING = Path.of("..", "shared", "aws-samples", "batfish-test-vpc-peering");

    private final ResourceBundle messages = ResourceBundle.getBundle("io.hopscope.i18n.messages", Locale.ENGLISH);
    private final DiagramDocument document = DiagramDocument.empty();
    private final ShareViewModel viewModel = new ShareViewModel(document, messages);

    @TempDir
    Path temp;

    private void importNat() {
        viewModel.applyImport(viewModel.readImport(NAT), NAT);
    }

    @Test
    void importOpensAnUntitledDocumentWithUnsavedChanges() {
        document.replace(Diagram.EMPTY, Path.of("old.json"));

        importNat();

        assertNull(document.file().orElse(null));
        assertTrue(document.isDirty(), "Save must ask for a name");
        assertEquals("batfish-test-nat-gateway", document.getDiagram().title());
        assertFalse(document.getDiagram().layout().shapes().isEmpty());
        assertTrue(viewModel.getStatus().startsWith("Imported 1 VPC, 3 subnets"), viewModel.getStatus());
    }

    @Test
    void undoAfterImportGoesBackToAnEmptyDocument() {
        importNat();

        document.undo();

        assertEquals(Diagram.EMPTY, document.getDiagram());
    }

    @Test
    void importOfAFolderWithoutAwsJsonLeavesTheOpenDiagramAlone() throws IOException {
        importNat();
        Diagram before = document.getDiagram();
        Files.writeString(temp.resolve("notes.txt"), "nothing here");

        viewModel.applyImport(viewModel.readImport(temp), temp);

        assertSame(before, document.getDiagram());
        assertTrue(viewModel.getStatus().startsWith("Nothing to import"), viewModel.getStatus());
    }

    @Test
    void importProblemsAreKeptWithFileJsonPathAndReason() {
        AwsDiagramImport result = viewModel.readImport(NAT);
        AwsDiagramImport withProblem = new AwsDiagramImport(result.diagram(),
                List.of(Problem.error("Subnets.json: $.Subnets[2].VpcId", "no such VPC vpc-0bad")));

        viewModel.applyImport(withProblem, NAT);

        ImportProblem p = viewModel.getImportProblems().get(0);
        assertEquals("Subnets.json", p.file());
        assertEquals("$.Subnets[2].VpcId", p.jsonPath());
        assertEquals("ERROR: no such VPC vpc-0bad", p.reason());
        // The same note reaches the document, so the Problems panel lists it.
        assertEquals(List.of(Problem.error("Subnets.json: $.Subnets[2].VpcId", "no such VPC vpc-0bad")),
                document.getImportNotes());
    }

    @Test
    void reimportKeepsAMovedShapeAndIsOneUndoableStep() {
        importNat();
        String subnetId = document.getDiagram().model().subnets().get(0).id();
        Shape before = document.getDiagram().layout().shape(subnetId);
        document.perform(move(subnetId, 0, 6));
        Shape moved = document.getDiagram().layout().shape(subnetId);

        viewModel.applyReimport(viewModel.readReimport(NAT), NAT);

        assertEquals(moved, document.getDiagram().layout().shape(subnetId));
        assertTrue(document.undoTextProperty().get().startsWith("Re-import AWS JSON"));
        document.undo();
        document.undo();
        assertEquals(before, document.getDiagram().layout().shape(subnetId));
    }

    @Test
    void reimportIsOnlyOfferedWhenADiagramIsOpen() {
        assertFalse(viewModel.canReimport());
        importNat();
        assertTrue(viewModel.canReimport());
    }

    @Test
    void pngExportReopensAsTheDiagram() throws IOException {
        importNat();
        Path png = temp.resolve("nat.png");

        viewModel.exportPng(png, 2);

        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(image.getWidth() > 100 && image.getHeight() > 100, image.getWidth() + "x" + image.getHeight());
        DiagramLoad reopened = DiagramReader.read(png);
        assertFalse(reopened.hasErrors(), reopened.problems().toString());
        assertEquals(document.getDiagram().model().allResources().size(),
                reopened.diagram().model().allResources().size());
        assertEquals(document.getDiagram().layout(), reopened.diagram().layout());
    }

    @Test
    void pngAtTwiceTheScaleIsTwiceAsWide() throws IOException {
        importNat();
        BufferedImage one = ImageIO.read(new ByteArrayInputStream(viewModel.pngBytes(1)));
        BufferedImage two = ImageIO.read(new ByteArrayInputStream(viewModel.pngBytes(2)));

        assertTrue(Math.abs(two.getWidth() - 2 * one.getWidth()) <= 2, one.getWidth() + " vs " + two.getWidth());
    }

    @Test
    void svgExportDrawsEveryVpcAndSubnet() throws IOException {
        viewModel.applyImport(viewModel.readImport(PEERING), PEERING);
        Path svg = temp.resolve("peering.svg");

        viewModel.exportSvg(svg);

        String text = Files.readString(svg, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("<?xml") || text.startsWith("<svg"), text.substring(0, 40));
        document.getDiagram().model().vpcs().forEach(v -> assertTrue(text.contains(v.id()), v.id()));
        document.getDiagram().model().subnets().forEach(s -> assertTrue(text.contains(s.id()), s.id()));
    }

    @Test
    void selectionExportDrawsTheSelectedSubnetAndWhatIsInsideIt() {
        importNat();
        Diagram d = document.getDiagram();
        Subnet subnet = d.model().subnets().stream()
                .filter(s -> d.model().workloads().stream().anyMatch(w -> s.id().equals(subnetOf(d, w.id()))))
                .findFirst().orElseThrow();
        document.getSelection().add(subnet.id());

        viewModel.selectionOnlyProperty().set(true);

        Diagram cropped = viewModel.exportedDiagram();

        assertTrue(cropped.layout().shapes().containsKey(subnet.id()));
        assertFalse(cropped.layout().shapes().containsKey(subnet.vpcId()), "the VPC around it is left out");
        Shape box = d.layout().shape(subnet.id());
        cropped.layout().shapes().values().forEach(s -> assertTrue(box.contains(s), s + " inside " + box));
        assertTrue(cropped.layout().shapes().size() > 1, "its workloads come along");
        assertSame(d.model(), cropped.model());
    }

    @Test
    void exportWithoutSelectionOnlyDrawsEverything() {
        importNat();
        document.getSelection().add(document.getDiagram().model().subnets().get(0).id());

        assertSame(document.getDiagram(), viewModel.exportedDiagram());
    }

    @Test
    void theShownTraceIsDrawnOnlyWhenIncluded() {
        Diagram sample = io.hopscope.io.format.DiagramReader.read(Path.of("diagrams", "ec2-to-rds.json")).diagram();
        document.replace(sample, null);
        io.hopscope.ui.trace.TraceViewModel trace = new io.hopscope.ui.trace.TraceViewModel(document, messages);
        trace.fromProperty().set("web-1");
        trace.toProperty().set("orders-db");
        trace.portProperty().set("3306");
        trace.traceNow();
        viewModel.shownTraceProperty().bind(trace.traceProperty());

        assertTrue(viewModel.hasTrace());
        assertFalse(viewModel.exportedTrace().forward().isEmpty());
        assertTrue(viewModel.svgText().contains("forward-"), "the request drawn as a line");
        viewModel.includeTraceProperty().set(false);
        assertFalse(viewModel.svgText().contains("forward-"));
    }

    private static String subnetOf(Diagram d, String workloadId) {
        Shape w = d.layout().shape(workloadId);
        return d.model().subnets().stream().filter(s -> d.layout().shape(s.id()) != null
                && d.layout().shape(s.id()).contains(w)).map(Subnet::id).findFirst().orElse(null);
    }

    private static Edit move(String id, double dx, double dy) {
        return new Edit() {
            @Override
            public String description() {
                return "Move " + id;
            }

            @Override
            public Diagram apply(Diagram diagram) {
                return diagram.withLayout(diagram.layout().with(diagram.layout().shape(id).movedBy(dx, dy)));
            }
        };
    }
}
