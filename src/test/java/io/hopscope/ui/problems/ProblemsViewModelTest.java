package io.hopscope.ui.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.check.Problem;
import io.hopscope.edit.RemoveAclEntryEdit;
import io.hopscope.ui.common.DiagramDocument;
import io.hopscope.ui.inspector.InspectorFixture;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProblemsViewModelTest {

    private final DiagramDocument doc = new DiagramDocument(InspectorFixture.ec2ToRds());
    private final ProblemsViewModel vm = new ProblemsViewModel(doc, InspectorFixture.english());

    @Test
    void theTitleCountsProblemsAsTheModelChanges() {
        int before = vm.getProblems().size();
        doc.perform(new RemoveAclEntryEdit(InspectorFixture.DB_ACL, true, 100));
        assertTrue(vm.getProblems().size() > before);
        assertEquals("Problems (" + vm.getProblems().size() + ")", vm.titleBinding().get());
        doc.undo();
        assertEquals(before, vm.getProblems().size());
    }

    @Test
    void aProblemsCulpritBecomesTheSelection() {
        doc.perform(new RemoveAclEntryEdit(InspectorFixture.DB_ACL, true, 100));
        Problem p = vm.getProblems().stream().filter(x -> InspectorFixture.DB_ACL.equals(x.resourceId())).findFirst().orElseThrow();
        assertEquals("Warning", vm.severityText(p));
        assertTrue(vm.selectCulprit(p));
        assertEquals(Set.of(InspectorFixture.DB_ACL), doc.getSelection());
        assertFalse(vm.selectCulprit(Problem.error("$", "no resource")));
    }

    @Test
    void importNotesFollowModelProblemsWithAnImportSourceAndCount() {
        int model = vm.getProblems().size();
        Problem skipped = Problem.warning("Subnets.json: $.Subnets[2]", "subnet names an unknown VPC")
                .about(InspectorFixture.DB_ACL);
        doc.setImportNotes(List.of(skipped));
        assertEquals(model + 1, vm.getProblems().size());
        Problem last = vm.getProblems().get(vm.getProblems().size() - 1);
        assertSame(skipped, last);
        assertTrue(vm.isImportNote(last));
        assertEquals("Import", vm.sourceText(last));
        assertEquals("Problems (" + (model + 1) + ")", vm.titleBinding().get());
        if (model > 0) {
            assertEquals("Model", vm.sourceText(vm.getProblems().get(0)));
        }
        // Edits recompute model problems but keep the import's notes.
        doc.perform(new RemoveAclEntryEdit(InspectorFixture.DB_ACL, true, 100));
        assertTrue(vm.getProblems().contains(skipped));
        assertTrue(vm.selectCulprit(skipped));
        assertEquals(Set.of(InspectorFixture.DB_ACL), doc.getSelection());
    }

    @Test
    void openingAnotherDiagramClearsImportNotes() {
        doc.setImportNotes(List.of(Problem.error("Vpcs.json", "unreadable JSON")));
        assertTrue(vm.getProblems().stream().anyMatch(vm::isImportNote));
        doc.replace(InspectorFixture.ec2ToRds(), null);
        assertTrue(doc.getImportNotes().isEmpty());
        assertFalse(vm.getProblems().stream().anyMatch(p -> p.location().equals("Vpcs.json")));
    }

    @Test
    void aFeaturesFeedJoinsTheListWithItsSourceAndOpeningRunsItsAction() {
        int model = vm.getProblems().size();
        javafx.collections.ObservableList<Problem> failed = javafx.collections.FXCollections.observableArrayList();
        List<Problem> opened = new java.util.ArrayList<>();
        vm.addFeed(new ProblemFeed("Policy", failed, "Show counterexample trace", opened::add));
        Problem assertion = Problem.error("policy.yaml: $.assertions[0]", "web-sg reaches the database on 22")
                .about(InspectorFixture.WEB_SG);
        failed.add(assertion);
        assertEquals(model + 1, vm.getProblems().size(), "a feed's rows are live");
        assertEquals("Policy", vm.sourceText(assertion));
        assertEquals(java.util.Optional.of("Show counterexample trace"), vm.actionText(assertion));
        assertTrue(vm.actionText(vm.getProblems().get(0)).isEmpty() || model == 0, "model rows have no action");

        List<Problem> revealed = new java.util.ArrayList<>();
        vm.open(assertion, revealed::add);
        assertEquals(List.of(assertion), opened, "opening the row runs the feed's action");
        assertTrue(revealed.isEmpty(), "not the inspector's rule reveal");
        assertEquals(Set.of(InspectorFixture.WEB_SG), doc.getSelection(), "the culprit is selected first");

        failed.clear();
        assertEquals(model, vm.getProblems().size());
    }
}
