package io.hopscope.edit;

import io.hopscope.edit.create.CreatePlan;
import io.hopscope.edit.create.DropTarget;
import io.hopscope.edit.create.NewResourceKind;
import io.hopscope.edit.create.NewResourcePlanner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.Shape;
import io.hopscope.ui.UiTestDiagrams;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the Edit menu and refusals say: names, not ids; "an RDS database", not "A rds database". */
class EditWordingTest {

    @Test
    void articlesAndCapitalsFollowHowTheKindIsSaid() {
        assertEquals("an RDS database", NewResourceKind.RDS.withArticle());
        assertEquals("an EC2 instance", NewResourceKind.EC2.withArticle());
        assertEquals("a NAT gateway", NewResourceKind.NAT_GATEWAY.withArticle());
        assertEquals("a subnet", NewResourceKind.SUBNET.withArticle());
        assertEquals("an internet gateway", NewResourceKind.INTERNET_GATEWAY.withArticle());
        assertEquals("a VPC", NewResourceKind.VPC.withArticle());
        assertEquals("EC2 instance", NewResourceKind.EC2.inSentence());
    }

    @Test
    void refusalUsesTheRightArticle() {
        CreatePlan plan = NewResourcePlanner.plan(UiTestDiagrams.twoTierModel(), NewResourceKind.RDS, DropTarget.outside(5, 5));
        assertEquals("An RDS database must be dropped into a subnet.", plan.refusal());
    }

    @Test
    void undoLabelNamesResourcesByNameNotId() {
        EditHistory history = new EditHistory(UiTestDiagrams.twoTier());
        history.perform(new ResizeShapeEdit(new Shape(UiTestDiagrams.PUBLIC_SUBNET, 32, 70, 420, 300)));
        assertEquals("Resize public-a", history.undoDescription().orElseThrow());
        history.perform(new DeleteResourcesEdit(Set.of(UiTestDiagrams.WEB)));
        assertEquals("Delete web-1", history.undoDescription().orElseThrow(), "a deleted resource is named from before");
        Diagram d = history.undo();
        assertEquals("Delete web-1", history.redoDescription().orElseThrow());
        history.perform(new DeleteResourcesEdit(Set.of(UiTestDiagrams.DB)));
        assertEquals("Delete orders-db", history.undoDescription().orElseThrow(), "an unnamed resource keeps its id");
        assertEquals(d.model().workloads().size() - 1, history.current().model().workloads().size());
    }
}
