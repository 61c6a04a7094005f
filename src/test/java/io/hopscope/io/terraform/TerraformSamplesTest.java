package io.hopscope.io.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.check.ModelValidator;
import io.hopscope.check.Problem;
import io.hopscope.engine.Trace;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.UnknownRules;
import io.hopscope.testing.engine.TraceAssertions;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every real `terraform show -json` sample imports with the right resources, placeholders and skips. */
class TerraformSamplesTest {
    private static final Path DIR = Path.of("../shared/terraform-samples");

    private static TerraformImport load(String name) throws Exception {
        TerraformImport t = TerraformImporter.importFile(DIR.resolve(name), false);
        assertTrue(ModelValidator.referenceErrors(t.model()).isEmpty(), "imports never hand over a dangling reference");
        return t;
    }

    @Test
    void terragoatPlanResolvesLinksThroughConfigurationReferences() throws Exception {
        TerraformImport t = load("checkov-terragoat-plan-tf0.12.json");
        NetworkModel m = t.model();
        assertEquals(2, m.vpcs().size());
        assertEquals(4, m.subnets().size());
        assertEquals(3, m.workloads().size(), "2 instances and the DB");
        assertTrue(m.unknowns().placeholders().stream().anyMatch(p -> p.address().equals("aws_vpc.web_vpc")
                && p.field().equals("id")), "the new VPC's id is a placeholder");
        // Inline "ingress": true beside aws_security_group_rule resources: the separate rules are the group's rules.
        Trace t1 = TraceAssertions.trace(m, "123456789123-acme-corp-ec2", "123456789123-acme-corp-rds", "tcp", 3306);
        assertEquals("REACHABLE", t1.verdict().name());
        assertTrue(t.skipped().stream().anyMatch(p -> p.message().startsWith("aws_s3_bucket.data: skipped")));
        assertTrue(t.skipped().stream().anyMatch(p -> p.message().contains("aws_lambda_function.analysis_lambda")));
    }

    /** The Problems panel of a Korean window lists the skipped resources in Korean; the CLI keeps its English. */
    @Test
    void skipNotesReadInKoreanAndStayEnglishForTheCommandLine() throws Exception {
        TerraformImport t = load("checkov-terragoat-plan-tf0.12.json");
        Problem elb = t.skipped().stream().filter(p -> p.message().startsWith("aws_elb.weblb: ")).findFirst().orElseThrow();
        assertEquals("aws_elb.weblb: skipped: Classic Load Balancers are not modelled (Application, Network and Gateway"
                + " Load Balancers are)", elb.message());
        assertEquals("aws_elb.weblb: 건너뜀: Classic Load Balancer는 모델링하지 않습니다(Application, Network, Gateway Load"
                + " Balancer는 모델링합니다)", elb.message(java.util.Locale.KOREAN));
        Problem bucket = t.skipped().stream().filter(p -> p.message().startsWith("aws_s3_bucket.data: ")).findFirst()
                .orElseThrow();
        assertEquals("aws_s3_bucket.data: 건너뜀: aws_s3_bucket은(는) 네트워크 경로에 영향을 주지 않습니다",
                bucket.message(java.util.Locale.KOREAN));
        Problem lambda = t.skipped().stream().filter(p -> p.message().contains("aws_lambda_function.analysis_lambda"))
                .findFirst().orElseThrow();
        assertEquals("aws_lambda_function.analysis_lambda: 건너뜀: 함수가 VPC 바깥에서 실행됩니다",
                lambda.message(java.util.Locale.KOREAN));
    }

    /** Notes of the second stage (the AWS converters a plan goes through) are Korean too. */
    @Test
    void convertersNotesOfAPlanReadInKorean() throws Exception {
        TerraformImport t = load("tfcompliance-alb-lambda-sgrules-update-plan-tf0.12.json");
        Problem nodes = t.problems().stream().filter(p -> p.message().startsWith("no node interface")).findFirst()
                .orElseThrow(() -> new AssertionError(t.problems().toString()));
        assertTrue(nodes.message().endsWith(" in describe-network-interfaces: the load balancer is drawn but cannot be"
                + " traced"), nodes.message());
        String ko = nodes.message(java.util.Locale.KOREAN);
        assertTrue(ko.startsWith("describe-network-interfaces에 arn:aws:elasticloadbalancing:"), ko);
        assertTrue(ko.endsWith("의 노드 인터페이스(설명 \"ELB app/mybu-sandbox-myapp-instance-alb/2ae7b3df5b81f465\")가 없습니다."
                + " 로드 밸런서는 그려지지만 추적할 수 없습니다"), ko);
        Problem subnet = t.problems().stream().filter(p -> p.message().contains("subnet subnet-13f44a58 of interface"))
                .findFirst().orElseThrow();
        assertTrue(subnet.message(java.util.Locale.KOREAN).contains("의 서브넷 subnet-13f44a58이(가) plan이나 state에 없습니다."),
                subnet.message(java.util.Locale.KOREAN));
    }

    @Test
    void naclInAModuleWithUnknownRulesIsAnUnknownComponentNotAnEmptyOne() throws Exception {
        NetworkModel m = load("tfcompliance-nacl-module-count-plan-tf1.0.json").model();
        assertEquals(2, m.subnets().size(), "count = 2");
        String acl = m.networkAcls().stream().filter(a -> !a.isDefault()).findFirst().orElseThrow().id();
        assertEquals(2, m.networkAcls().stream().filter(a -> a.id().equals(acl)).findFirst().orElseThrow().subnetIds().size(),
                "subnet_ids known only after apply are resolved through the configuration's references");
        assertTrue(m.unknowns().ruleSet(acl, UnknownRules.Side.INBOUND) != null);
        assertTrue(m.unknowns().ruleSet(acl, UnknownRules.Side.OUTBOUND) != null);
    }

    @Test
    void stateWithDeepModulesCountAndForEachKeysWithDots() throws Exception {
        TerraformImport t = load("infracost-modules-count-foreach-state-tf0.14.json");
        NetworkModel m = t.model();
        assertEquals(1, m.vpcs().size(), "the default VPC adopted by two modules is one VPC");
        assertEquals(7, m.workloads().size(), "6 instances and the DB");
        assertTrue(m.workloads().stream().anyMatch(w -> w.id().equals("i-0ee865cb954b344ff")), "instance_named[\"test.1\"]");
        assertEquals("172.31.0.0/20", m.subnets().get(0).cidr().toString(), "default subnet inferred from the addresses");
        assertTrue(m.unknowns().placeholders().stream().anyMatch(p -> p.field().startsWith("CIDR, inferred")));
        Trace tr = TraceAssertions.trace(m, "i-0ec3a64e9a6965cfc", "i-0aeeec88544779865", "tcp", 22);
        assertEquals("UNKNOWN", tr.verdict().name(), "the default VPC's default group is not in the data");
    }

    @Test
    void planAgainstAVpcMadeElsewhereReadsTheDataSourcesOfThePriorState() throws Exception {
        TerraformImport t = load("tfcompliance-alb-lambda-sgrules-update-plan-tf0.12.json");
        assertEquals("vpc-32E071F6", t.model().vpcs().get(0).id());
        assertEquals(4, t.model().securityGroups().size());
        List<Problem> skipped = t.skipped();
        assertTrue(skipped.stream().noneMatch(p -> p.message().contains("aws_alb")), "the old aws_alb* names are read");
        assertEquals(List.of("mybu-sandbox-myapp-instance-alb"), t.model().loadBalancers().stream().map(b -> b.name()).toList());
        assertEquals(1, t.model().targetGroups().size());
        assertTrue(t.problems().stream().anyMatch(p -> p.message().contains("subnet subnet-13f44a58 of interface")),
                "its subnets are outside the plan, so its nodes cannot be placed, and the output says so");
        assertTrue(t.model().workloads().stream().anyMatch(w -> w.workloadKind().name().equals("LAMBDA")),
                "the function in a VPC is kept; its subnets are not in the plan, so it has no interface");
    }

    @Test
    void smallPlanWithoutModules() throws Exception {
        NetworkModel m = load("tfcompliance-lb-listeners-vpc-plan-tf0.12.json").model();
        assertEquals(1, m.vpcs().size());
        assertEquals(4, m.subnets().size());
        assertEquals(1, m.internetGateways().size());
        assertEquals(1, m.loadBalancers().size(), "the NLB");
        assertEquals(List.of(80, 53, 1443), m.loadBalancers().get(0).listeners().stream().map(l -> l.port()).toList());
        assertEquals(2, m.networkInterfaces().size(), "a node in each of its two subnets");
    }
}
