package io.hopscope.edit.paste;

import io.hopscope.edit.create.CreatePlan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.check.ModelValidator;
import io.hopscope.check.Problem;
import io.hopscope.diagram.Diagram;
import io.hopscope.model.Subnet;
import io.hopscope.ui.UiTestDiagrams;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PastePlannerTest {

    private final Diagram twoTier = UiTestDiagrams.twoTier();

    @Test
    void pastedSubnetGetsTheNextFreeCidrAndCopiesOfItsWorkloadsInside() {
        CreatePlan plan = PastePlanner.plan(twoTier.model(), twoTier.model(), Set.of(UiTestDiagrams.PRIVATE_SUBNET),
                twoTier.layout().shapes(), 40);
        Diagram after = plan.edit().apply(twoTier);
        Subnet copy = after.model().subnet(plan.newId());
        assertEquals("10.0.0.0/24", copy.cidr().toString());
        assertEquals(2, after.model().interfacesIn(copy.id()).size(), "the database and the function came along");
        after.model().interfacesIn(copy.id()).forEach(eni -> assertTrue(copy.contains(eni.primaryIp())));
        assertEquals(twoTier.layout().shape(UiTestDiagrams.PRIVATE_SUBNET).x() + 40, after.layout().shape(copy.id()).x());
        List<Problem> errors = ModelValidator.validate(after.model()).stream().filter(Problem::isError).toList();
        assertTrue(errors.isEmpty(), errors::toString);
    }

    @Test
    void pastedWorkloadKeepsItsGroupsWithAFreshIdAndAddress() {
        CreatePlan plan = PastePlanner.plan(twoTier.model(), twoTier.model(), Set.of(UiTestDiagrams.WEB),
                twoTier.layout().shapes(), 40);
        Diagram after = plan.edit().apply(twoTier);
        var copy = after.model().workload(plan.newId());
        var eni = after.model().networkInterface(copy.networkInterfaceIds().get(0));
        assertFalse(copy.id().equals(UiTestDiagrams.WEB));
        assertEquals(List.of(UiTestDiagrams.SG_WEB), eni.securityGroupIds());
        assertEquals("10.0.1.4", eni.primaryIp().toString());
        assertEquals(null, eni.publicIp(), "a public address is never copied");
        assertEquals("Paste 1 resource", plan.edit().description());
    }

    @Test
    void aVpcIsCopiedWholeButItsPeeringStaysWithTheOriginal() {
        CreatePlan plan = PastePlanner.plan(twoTier.model(), twoTier.model(), Set.of(UiTestDiagrams.APP_VPC),
                twoTier.layout().shapes(), 40);
        Diagram after = plan.edit().apply(twoTier);
        assertEquals("app-vpc (copy)", after.model().vpc(plan.newId()).name());
        assertEquals("10.2.0.0/16", after.model().vpc(plan.newId()).ipv4Cidrs().get(0).toString(),
                "10.1.0.0/16 is the shared VPC's");
        assertEquals(1, after.model().peeringConnections().size());
        assertEquals(6, after.model().workloads().size());
        List<Problem> errors = ModelValidator.validate(after.model()).stream().filter(Problem::isError).toList();
        assertTrue(errors.isEmpty(), errors::toString);
    }
}
