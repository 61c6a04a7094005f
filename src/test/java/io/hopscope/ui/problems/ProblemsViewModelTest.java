package io.hopscope.ui.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.check.Problem;
import io.hopscope.edit.RemoveAclEntryEdit;
import io.hopscope.ui.common.DiagramDocument;
import io.hopscope.ui.inspector.InspectorFixture;
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
}
