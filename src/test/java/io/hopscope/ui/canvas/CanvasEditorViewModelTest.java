package io.hopscope.ui.canvas;

import io.hopscope.diagram.render.CanvasItem;
import io.hopscope.diagram.render.Rect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.diagram.Diagram;
import io.hopscope.edit.create.NewResourceKind;
import io.hopscope.ui.UiTestDiagrams;
import io.hopscope.ui.common.DiagramDocument;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The editor's commands without a screen: every change lands in the document's history. */
class CanvasEditorViewModelTest {

    private final DiagramDocument document = new DiagramDocument(UiTestDiagrams.twoTier());
    private final DiagramCanvasViewModel canvas =
            new DiagramCanvasViewModel(ResourceBundle.getBundle("io.hopscope.i18n.messages", Locale.ROOT));
    private final CanvasEditorViewModel editor = new CanvasEditorViewModel(document, canvas);

    CanvasEditorViewModelTest() {
        canvas.diagramProperty().bind(document.diagramProperty());
    }

    private Rect box(String id) {
        return canvas.getPicture().item(id).orElseThrow().bounds();
    }

    @Test
    void clickSelectsOneAndShiftClickToggles() {
        editor.click(UiTestDiagrams.WEB, false);
        editor.click(UiTestDiagrams.DB, true);
        assertEquals(Set.of(UiTestDiagrams.WEB, UiTestDiagrams.DB), document.getSelection());
        editor.click(UiTestDiagrams.WEB, true);
        assertEquals(Set.of(UiTestDiagrams.DB), document.getSelection());
        editor.click(UiTestDiagrams.WEB, false);
        assertEquals(Set.of(UiTestDiagrams.WEB), document.getSelection());
    }

    @Test
    void rubberBandSelectsWhatIsWhollyInside() {
        editor.selectWithin(new Rect(20, 60, 430, 330), false);
        assertEquals(Set.of(UiTestDiagrams.PUBLIC_SUBNET, UiTestDiagrams.WEB, UiTestDiagrams.NAT), document.getSelection());
    }

    @Test
    void movingAContainerMovesItsChildrenAsOneUndoStep() {
        Rect web = box(UiTestDiagrams.WEB);
        editor.click(UiTestDiagrams.PUBLIC_SUBNET, false);
        assertTrue(editor.moveSelection(20, 40));
        assertEquals(web.x() + 20, box(UiTestDiagrams.WEB).x());
        assertEquals(web.y() + 40, box(UiTestDiagrams.WEB).y());
        assertEquals("Move 1 shape", document.undoTextProperty().get());
        document.undo();
        assertEquals(web, box(UiTestDiagrams.WEB));
    }

    @Test
    void multiSelectionMoveIsNamedForTheSelection() {
        editor.click(UiTestDiagrams.WEB, false);
        editor.click(UiTestDiagrams.DB, true);
        editor.click(UiTestDiagrams.LAMBDA, true);
        assertTrue(editor.nudge(1, 0, false));
        assertEquals("Move 3 shapes", document.undoTextProperty().get());
    }

    @Test
    void workloadDroppedInAnotherSubnetIsRehomed() {
        editor.click(UiTestDiagrams.WEB, false);
        Rect web = box(UiTestDiagrams.WEB);
        Rect target = box(UiTestDiagrams.PRIVATE_SUBNET);
        assertTrue(editor.moveSelection(target.x() + 40 - web.x(), target.maxY() - 80 - web.y()));
        assertEquals(UiTestDiagrams.PRIVATE_SUBNET, document.getDiagram().model().networkInterface("eni-0web").subnetId());
        assertEquals(UiTestDiagrams.PRIVATE_SUBNET, canvas.getPicture().item(UiTestDiagrams.WEB).orElseThrow().parentId());
    }

    @Test
    void workloadCannotBeMovedOutOfEverySubnet() {
        editor.click(UiTestDiagrams.WEB, false);
        assertFalse(editor.moveSelection(0, -2000));
        assertFalse(document.isDirty());
        assertTrue(editor.getMessage().contains("subnet"));
    }

    @Test
    void deletePreviewListsWhatGoesWithTheSelection() {
        editor.click(UiTestDiagrams.PUBLIC_SUBNET, false);
        List<String> preview = editor.deletionPreview();
        assertTrue(preview.contains("web-1 (i-0web)"), preview.toString());
        assertTrue(preview.contains("nat-a (nat-0a)"), preview.toString());
        assertTrue(editor.deleteSelection());
        assertTrue(document.getDiagram().model().find(UiTestDiagrams.WEB).isEmpty());
        assertTrue(document.getSelection().isEmpty());
    }

    @Test
    void resizeKeepsAContainerAroundItsChildren() {
        assertTrue(editor.resize(UiTestDiagrams.PUBLIC_SUBNET, -1000, -1000));
        Rect subnet = box(UiTestDiagrams.PUBLIC_SUBNET);
        assertTrue(subnet.contains(box(UiTestDiagrams.WEB)));
        assertTrue(subnet.width() < 400);
    }

    @Test
    void aWorkloadCardIsResizedOnTheGridButNeverBelowTwoCells() {
        Rect before = box(UiTestDiagrams.WEB);
        assertTrue(editor.isResizable(UiTestDiagrams.WEB));
        assertFalse(editor.isContainer(UiTestDiagrams.WEB), "a Shift+drag on a card is no rubber band");
        assertTrue(editor.resize(UiTestDiagrams.WEB, -57, -5));
        Rect after = box(UiTestDiagrams.WEB);
        assertEquals(before.x(), after.x());
        assertEquals(0, (after.maxX()) % CanvasEditorViewModel.GRID, 1e-9, "the corner lands on the grid");
        assertTrue(editor.resize(UiTestDiagrams.WEB, -1000, -1000));
        assertEquals(CanvasEditorViewModel.MIN_TILE, box(UiTestDiagrams.WEB).width());
        assertEquals(CanvasEditorViewModel.MIN_TILE, box(UiTestDiagrams.WEB).height());
        assertEquals("Resize web-1", document.undoTextProperty().get(), "the undo label names the card, not its id");
    }

    @Test
    void dropIntoASubnetCreatesAndSelectsAWorkload() {
        Rect subnet = box(UiTestDiagrams.PRIVATE_SUBNET);
        assertTrue(editor.drop(NewResourceKind.EC2, subnet.centerX(), subnet.maxY() - 50));
        String id = document.getSelection().iterator().next();
        assertEquals(UiTestDiagrams.PRIVATE_SUBNET, canvas.getPicture().item(id).orElseThrow().parentId());
    }

    @Test
    void illegalDropIsRefusedWithAReason() {
        assertFalse(editor.drop(NewResourceKind.SUBNET, -500, -500));
        assertTrue(editor.getMessage().contains("VPC"), editor.getMessage());
        assertFalse(document.isDirty());
    }

    /** The status bar of a Korean window: the palette's refusal and what a drop made, in Korean. */
    @Test
    void aKoreanCanvasSaysWhyADropIsRefusedInKorean() {
        DiagramCanvasViewModel ko = new DiagramCanvasViewModel(ResourceBundle.getBundle("io.hopscope.i18n.messages", Locale.KOREAN));
        ko.diagramProperty().bind(document.diagramProperty());
        CanvasEditorViewModel koEditor = new CanvasEditorViewModel(document, ko);
        assertFalse(koEditor.drop(NewResourceKind.RDS, -500, -500));
        assertEquals("RDS 데이터베이스은(는) 서브넷 안에 놓아야 합니다.", koEditor.getMessage());
        assertFalse(editor.drop(NewResourceKind.RDS, -500, -500));
        assertEquals("An RDS database must be dropped into a subnet.", editor.getMessage());
        Rect subnet = box(UiTestDiagrams.PRIVATE_SUBNET);
        assertTrue(koEditor.drop(NewResourceKind.EC2, subnet.centerX(), subnet.maxY() - 50));
        assertTrue(koEditor.getMessage().matches(".*[\\uAC00-\\uD7A3].*: .+"), koEditor.getMessage());
        assertTrue(koEditor.find("zzz-none").isEmpty());
        assertEquals("이름이나 ID가 \"zzz-none\"과(와) 비슷한 것이 없습니다.", koEditor.getMessage());
        assertTrue(editor.find("zzz-none").isEmpty());
        assertEquals("Nothing named or with an id like \"zzz-none\".", editor.getMessage());
    }

    @Test
    void copyPasteMakesFreshCopiesAndDuplicateLeavesTheClipboard() {
        editor.click(UiTestDiagrams.PUBLIC_SUBNET, false);
        assertEquals(1, editor.clipboard().copy(canvas.getPicture()));
        assertTrue(editor.clipboard().paste(editor));
        Diagram after = document.getDiagram();
        assertEquals(4, after.model().subnets().size());
        assertEquals(2, after.model().workloads().stream().filter(w -> "web-1".equals(w.name())).count());
        assertEquals("Paste 1 resource", document.undoTextProperty().get());
        editor.click(UiTestDiagrams.DB, false);
        assertTrue(editor.clipboard().duplicate(editor));
        assertEquals(2, document.getDiagram().model().workloads().stream().filter(w -> w.workloadKind()
                == io.hopscope.model.WorkloadKind.RDS).count());
        assertTrue(editor.clipboard().paste(editor));
        assertEquals(5, document.getDiagram().model().subnets().size());
    }

    @Test
    void pastedVpcLandsBesideEverythingDrawnAndTheStatusSaysWhatCame() {
        editor.click(UiTestDiagrams.APP_VPC, false);
        List<CanvasItem> drawnBefore = canvas.getPicture().items();
        assertEquals(1, editor.clipboard().copy(canvas.getPicture()));
        assertTrue(editor.clipboard().paste(editor));
        String copy = document.getSelection().iterator().next();
        assertEquals(1, document.getSelection().size(), "the copied VPC stands for its contents");
        assertEquals("app-vpc (copy)", document.getDiagram().model().vpc(copy).name());
        assertTrue(editor.getMessage().startsWith("Pasted VPC app-vpc (copy) with "), editor.getMessage());
        assertEquals("Paste VPC app-vpc (copy)", document.undoTextProperty().get());
        Rect copied = box(copy);
        for (CanvasItem item : drawnBefore) {
            Rect other = box(item.resourceId());
            boolean overlaps = other.x() < copied.maxX() && copied.x() < other.maxX()
                    && other.y() < copied.maxY() && copied.y() < other.maxY();
            assertFalse(overlaps, item.resourceId() + " lies under the copy");
        }
        assertTrue(editor.clipboard().duplicate(editor));
        assertEquals(3, document.getDiagram().model().vpcs().stream().filter(v -> v.name().startsWith("app-vpc")).count());
        document.undo();
        document.undo();
        assertEquals(UiTestDiagrams.twoTier(), document.getDiagram());
    }

    @Test
    void duplicatingAPeeredVpcSaysWhatWasLeftOutAndWhy() {
        DiagramDocument peering = new DiagramDocument(io.hopscope.io.format.DiagramReader
                .read(java.nio.file.Path.of("diagrams/vpc-peering.json")).diagram());
        DiagramCanvasViewModel peeringCanvas =
                new DiagramCanvasViewModel(ResourceBundle.getBundle("io.hopscope.i18n.messages", Locale.ROOT));
        peeringCanvas.diagramProperty().bind(peering.diagramProperty());
        CanvasEditorViewModel peeringEditor = new CanvasEditorViewModel(peering, peeringCanvas);
        peeringEditor.click("vpc-0a1b2c3d4e5f60402", false);
        assertTrue(peeringEditor.clipboard().duplicate(peeringEditor));
        assertEquals(4, peering.getDiagram().model().vpcs().size());
        assertEquals(2, peering.getDiagram().model().peeringConnections().size(), "no peering for the copy");
        assertTrue(peeringEditor.getMessage().contains("left out 2 routes through peering connections"),
                peeringEditor.getMessage());
        assertFalse(io.hopscope.check.ModelValidator.hasErrors(peering.getProblems()), peering.getProblems().toString());
    }

    @Test
    void aKoreanStatusBarSaysWhatAPeeredVpcCopyLeftOutInKorean() {
        DiagramDocument peering = new DiagramDocument(io.hopscope.io.format.DiagramReader
                .read(java.nio.file.Path.of("diagrams/vpc-peering.json")).diagram());
        DiagramCanvasViewModel peeringCanvas =
                new DiagramCanvasViewModel(ResourceBundle.getBundle("io.hopscope.i18n.messages", Locale.KOREAN));
        peeringCanvas.diagramProperty().bind(peering.diagramProperty());
        CanvasEditorViewModel peeringEditor = new CanvasEditorViewModel(peering, peeringCanvas);
        peeringEditor.click("vpc-0a1b2c3d4e5f60402", false);
        assertTrue(peeringEditor.clipboard().duplicate(peeringEditor));
        String message = peeringEditor.getMessage();
        assertTrue(message.startsWith("VPC "), message);
        assertTrue(message.contains("개와 함께 붙여넣었습니다; 제외함: 피어링 연결을 통한 경로 2개(피어링 연결은 그 연결을"
                + " 만든 두 VPC만 연결합니다) 및 피어링되지 않은 VPC의 보안 그룹을 참조하는 규칙 2개("), message);
        assertFalse(message.matches(".*\\b(Pasted|left out|routes?|rules?)\\b.*"), message);
    }

    @Test
    void cutRemovesAndPasteBringsBackACopy() {
        editor.click(UiTestDiagrams.DB, false);
        assertTrue(editor.clipboard().cut(editor));
        assertTrue(document.getDiagram().model().find(UiTestDiagrams.DB).isEmpty());
        assertTrue(editor.clipboard().paste(editor));
        assertEquals(1, document.getDiagram().model().workloads().stream()
                .filter(w -> w.workloadKind() == io.hopscope.model.WorkloadKind.RDS).count());
    }

    @Test
    void badgesDroppedElsewhereAttachOrAssociate() {
        Rect db = box(UiTestDiagrams.DB);
        assertTrue(editor.dropBadge(UiTestDiagrams.SG_WEB, db.centerX(), db.centerY()));
        assertTrue(document.getDiagram().model().networkInterface("eni-0db").securityGroupIds().contains(UiTestDiagrams.SG_WEB));
        Rect priv = box(UiTestDiagrams.PRIVATE_SUBNET);
        assertTrue(editor.dropBadge("rtb-0public", priv.x() + 10, priv.maxY() - 10));
        assertTrue(document.getDiagram().model().isPublic(UiTestDiagrams.PRIVATE_SUBNET), "now routed to the IGW");
        assertFalse(editor.dropBadge(UiTestDiagrams.SG_WEB, -900, -900));
        assertTrue(editor.getMessage().contains("workload"));
    }

    @Test
    void findSelectsByNameOrId() {
        assertEquals(UiTestDiagrams.WEB, editor.find("WEB-1").orElseThrow());
        assertEquals(Set.of(UiTestDiagrams.WEB), document.getSelection());
        assertTrue(editor.find("nothing-like-this").isEmpty());
    }

    @Test
    void findReachesResourcesWithoutABoxOrBadgeAndPrefersAnExactName() {
        assertEquals("rtb-0main", editor.find("main").orElseThrow(), "the main table is drawn nowhere as a box");
        assertEquals(Set.of("rtb-0main"), document.getSelection());
        assertEquals(UiTestDiagrams.SG_WEB, editor.find("web").orElseThrow(), "the group named web, not web-1");
        assertEquals(UiTestDiagrams.WEB, editor.find("web-").orElseThrow(), "else the first drawn match");
    }
}
