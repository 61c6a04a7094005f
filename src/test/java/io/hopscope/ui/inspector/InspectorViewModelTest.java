package io.hopscope.ui.inspector;

import static io.hopscope.ui.inspector.InspectorFixture.DB_ACL;
import static io.hopscope.ui.inspector.InspectorFixture.DB_SG;
import static io.hopscope.ui.inspector.InspectorFixture.PUBLIC_RTB;
import static io.hopscope.ui.inspector.InspectorFixture.WEB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.check.Problem;
import io.hopscope.edit.RemoveAclEntryEdit;
import io.hopscope.engine.Direction;
import io.hopscope.engine.RuleRef;
import io.hopscope.model.NetworkAcl;
import io.hopscope.model.Resource;
import io.hopscope.model.SecurityGroup;
import io.hopscope.model.Workload;
import io.hopscope.ui.common.DiagramDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The inspector's state without a toolkit: which tabs and actions show, and where reveals land. */
class InspectorViewModelTest {

    private final DiagramDocument doc = new DiagramDocument(InspectorFixture.ec2ToRds());
    private final List<InspectorSection> sections = new ArrayList<>(List.of(
            new InspectorSection(SecurityGroup.class, InspectorSection.INBOUND, "inspector.tab.inbound"),
            new InspectorSection(SecurityGroup.class, InspectorSection.OUTBOUND, "inspector.tab.outbound"),
            new InspectorSection(NetworkAcl.class, InspectorSection.INBOUND, "inspector.tab.inbound")));
    private final List<InspectorAction> actions = new ArrayList<>();
    private final InspectorViewModel vm = new InspectorViewModel(doc, InspectorFixture.english(),
            () -> sections, () -> actions);

    private void select(String id) {
        doc.getSelection().clear();
        doc.getSelection().add(id);
    }

    @Test
    void theRegisteredTabsOfTheSelectedKindShowTitledAndInOrder() {
        assertTrue(vm.getSections().isEmpty(), "nothing selected, no tabs");
        select(DB_SG);
        assertEquals(List.of("Inbound", "Outbound"), vm.getSections().stream().map(InspectorViewModel.ShownSection::title).toList());
        assertEquals(DB_SG, vm.getSections().get(0).resource().id());
        select(DB_ACL);
        assertEquals(List.of(InspectorSection.INBOUND), vm.getSections().stream().map(s -> s.section().id()).toList());
        doc.getSelection().add(DB_SG);
        assertTrue(vm.getSections().isEmpty(), "several selected: the fields they share, no tabs");
        assertEquals("2 selected", vm.headingProperty().get());
    }

    @Test
    void anEditOfTheShownResourceKeepsItsTabsSoATableKeepsItsRow() {
        select(DB_ACL);
        InspectorViewModel.ShownSection before = vm.getSections().get(0);
        doc.perform(new RemoveAclEntryEdit(DB_ACL, false, 100));
        assertSame(before, vm.getSections().get(0));
    }

    @Test
    void anActionShowsForItsKindAndRunsOnTheResourceAsItIsNow() {
        List<Resource> ran = new ArrayList<>();
        actions.add(new InspectorAction(Workload.class, "reach", "inspector.tab.routes", ran::add));
        vm.registrationsChanged();
        select(DB_SG);
        assertTrue(vm.getActions().isEmpty());
        select(WEB);
        assertEquals(1, vm.getActions().size());
        assertTrue(vm.run(vm.getActions().get(0)));
        assertEquals(WEB, ran.get(0).id());
    }

    @Test
    void aRegistrationAfterTheSelectionShowsAtOnce() {
        select(PUBLIC_RTB);
        assertTrue(vm.getSections().isEmpty());
        sections.add(new InspectorSection(io.hopscope.model.RouteTable.class, InspectorSection.ROUTES, "inspector.tab.routes"));
        vm.registrationsChanged();
        assertEquals("Routes", vm.getSections().get(0).title());
    }

    @Test
    void revealingARuleSelectsItsListsOwner() {
        InspectorViewModel.Reveal r = vm.revealRule(RuleRef.sgRule(DB_SG, Direction.EGRESS, 0));
        assertEquals(Set.of(DB_SG), doc.getSelection());
        assertEquals(RuleRef.sgRule(DB_SG, Direction.EGRESS, 0), r.rule());
    }

    @Test
    void aProblemAboutAWholeDirectionOpensThatTab() {
        InspectorViewModel.Reveal r = vm.revealProblem(
                Problem.warning("$.model.networkAcls[1].outbound", "no rule for ephemeral ports").about(DB_ACL));
        assertEquals(Set.of(DB_ACL), doc.getSelection());
        assertNull(r.rule());
        assertEquals(InspectorSection.OUTBOUND, r.tabId());
        assertEquals(InspectorSection.INBOUND, InspectorViewModel.tabForDirection("$.model.securityGroups[0].inbound"));
        assertNull(InspectorViewModel.tabForDirection("$.model.subnets[0].cidr"));
        assertEquals(InspectorViewModel.Reveal.NOTHING, vm.revealProblem(Problem.error("$", "no culprit")));
    }

    @Test
    void aProblemAtARuleNamesThatRule() {
        InspectorViewModel.Reveal r = vm.revealProblem(
                Problem.warning("$.model.networkAcls[1].inbound[0]", "shadowed").about(DB_ACL));
        assertEquals(DB_ACL, r.rule().resourceId());
        assertEquals(Direction.INGRESS, r.rule().direction());
    }
}
