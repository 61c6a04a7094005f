package io.hopscope.ui.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.edit.ReplaceDiagramEdit;
import io.hopscope.lab.LabFile;
import io.hopscope.lab.LabGrader;
import io.hopscope.lab.LabReader;
import io.hopscope.ui.common.DiagramDocument;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The lab panel's state without a toolkit: grading runs inline here. */
class LabPanelViewModelTest {

    private final Preferences prefs = Preferences.userRoot().node("/io/hopscope/test/labs-" + System.nanoTime());
    private final LabProgress progress = new LabProgress(prefs);

    @AfterEach
    void forget() throws Exception {
        prefs.removeNode();
    }

    private static LabFile read(String path) {
        return LabReader.read(Path.of(path)).file();
    }

    private LabPanelViewModel open(LabFile lab, DiagramDocument doc, Locale locale) {
        ResourceBundle messages = ResourceBundle.getBundle("io.hopscope.i18n.messages", locale);
        return new LabPanelViewModel(lab, doc, messages, new LabGrader(), progress, Runnable::run,
                Runnable::run);
    }

    @Test
    void editingUntilSolvedThenCheckShowsTheExplanationAndMarksTheLabDone() {
        LabFile lab = read("diagrams/labs/nacl-ephemeral-return.json");
        DiagramDocument doc = new DiagramDocument(lab.diagram());
        LabPanelViewModel vm = open(lab, doc, Locale.ROOT);
        assertEquals("✗", vm.getRows().get(0).mark());
        assertEquals("tcp 3306 from web-1 to orders-db: unreachable, blocked at db-nacl", vm.getRows().get(0).detail());
        assertEquals("2 of 3 hold now", vm.statusProperty().get());
        vm.check();
        assertTrue(vm.resultProperty().get().startsWith("Not yet: 1 of 3"), vm.resultProperty().get());
        assertEquals("", vm.explanationProperty().get());

        LabFile solution = read("src/test/resources/labs/solutions/nacl-ephemeral-return.json");
        doc.perform(new ReplaceDiagramEdit("solve", solution.diagram()));
        assertTrue(vm.getRows().stream().allMatch(r -> r.holds()), "re-graded after the edit");
        assertFalse(progress.isDone(lab.lab().id()), "solved is what Check says, not every edit");
        vm.check();
        assertTrue(vm.solvedProperty().get());
        assertTrue(vm.explanationProperty().get().startsWith("Security groups are stateful"));
        assertTrue(progress.isDone(lab.lab().id()));

        doc.undo();
        assertFalse(vm.solvedProperty().get(), "an edit that breaks it again takes the verdict back");
        assertEquals("", vm.explanationProperty().get());
    }

    @Test
    void hintsComeOneAtATimeInKorean() {
        LabFile lab = read("diagrams/labs/nacl-rule-order.json");
        LabPanelViewModel vm = open(lab, new DiagramDocument(lab.diagram()), Locale.KOREAN);
        assertEquals("힌트 보기(3개 남음)", vm.hintButtonText());
        assertTrue(vm.revealHint());
        assertEquals(1, vm.getHints().size());
        assertTrue(vm.getHints().get(0).startsWith("attacker에서 web-1로"), vm.getHints().get(0));
        assertTrue(vm.revealHint());
        assertTrue(vm.revealHint());
        assertFalse(vm.revealHint());
        assertFalse(vm.moreHintsProperty().get());
        assertTrue(vm.goal().contains("공격자"));
        assertTrue(vm.getRows().get(0).detail().contains("통과함"), vm.getRows().get(0).detail());
    }

    @Test
    void resetGoesBackToTheStartAsOneUndoableStep() {
        LabFile lab = read("diagrams/labs/peering-return-route.json");
        DiagramDocument doc = new DiagramDocument(lab.diagram());
        LabPanelViewModel vm = open(lab, doc, Locale.ROOT);
        LabFile solution = read("src/test/resources/labs/solutions/peering-return-route.json");
        doc.perform(new ReplaceDiagramEdit("solve", solution.diagram()));
        vm.reset();
        assertEquals(lab.start(), doc.getDiagram());
        assertEquals("Reset lab", doc.undoTextProperty().get().replace("Undo ", ""));
        doc.undo();
        assertEquals(solution.diagram(), doc.getDiagram());
    }

    @Test
    void aBrokenRuleOfTheLabIsSaidInTheReadersLanguage() {
        LabFile wrong = read("src/test/resources/labs/wrong/nacl-ephemeral-return-allow-all.json");
        LabFile lab = new LabFile(wrong.lab(), wrong.start(), wrong.start());
        DiagramDocument doc = new DiagramDocument(lab.diagram());
        LabPanelViewModel vm = open(lab, doc, Locale.KOREAN);
        doc.perform(new ReplaceDiagramEdit("all", wrong.diagram()));
        assertEquals("db-nacl 아웃바운드 규칙 100이(가) 0.0.0.0/0을(를) 허용합니다. 목표에 필요한 것만 여세요",
                vm.getViolations().get(0));
    }
}
