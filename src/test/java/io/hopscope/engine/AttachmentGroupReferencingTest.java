package io.hopscope.engine;

import static io.hopscope.testing.engine.TraceAssertions.assertBlocked;
import static io.hopscope.testing.engine.TraceAssertions.trace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.check.ModelValidator;
import io.hopscope.check.Problem;
import io.hopscope.diagram.Diagram;
import io.hopscope.io.aws.AwsImport;
import io.hopscope.io.aws.AwsImporter;
import io.hopscope.io.format.DiagramReader;
import io.hopscope.io.format.DiagramWriter;
import io.hopscope.io.terraform.TerraformImporter;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.SecurityGroup;
import io.hopscope.model.SgPeer;
import io.hopscope.model.SgRule;
import io.hopscope.model.TransitGateway;
import io.hopscope.model.TransitGatewayAttachment;
import io.hopscope.model.net.PortRange;
import io.hopscope.model.net.Protocol;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rulebook 7.8 [TGWSGR]: a reference across a transit gateway needs security group referencing on
 * the gateway AND on the VPC attachments of both VPCs (an attachment's option defaults to enable).
 * The hub-and-spoke sample, shared-sg admitting HTTPS from app-sg by reference, the gateway's option on.
 */
class AttachmentGroupReferencingTest {

    private static final String SHARED_SG = "sg-0a1b2c3d4e5f61110";
    private static final String APP_SG = "sg-0a1b2c3d4e5f61111";
    private static final String ATT_APP = "tgw-attach-0a1b2c3d4e5f6111b";

    @TempDir
    Path dir;

    private NetworkModel byReference;

    @BeforeEach
    void sharedAdmitsTheAppGroupAcrossAReferencingGateway() throws Exception {
        NetworkModel sample = DiagramReader.read(Path.of("diagrams", "tgw-hub-spoke.json")).diagram().model();
        SecurityGroup shared = sample.securityGroup(SHARED_SG);
        TransitGateway g = sample.transitGateways().get(0);
        byReference = sample.with(shared.withInbound(List.of(
                        new SgRule(Protocol.TCP, PortRange.single(443), null, SgPeer.group(APP_SG), "HTTPS from app-sg"))))
                .with(new TransitGateway(g.id(), g.name(), g.region(), true));
    }

    private NetworkModel appAttachmentReferencing(boolean on) {
        TransitGatewayAttachment app = (TransitGatewayAttachment) byReference.find(ATT_APP).orElseThrow();
        return byReference.with(app.withSecurityGroupReferencing(on));
    }

    @Test
    void anAttachmentWithReferencingOffMakesTheReferenceMatchNothing() {
        assertTrue(trace(appAttachmentReferencing(true), "app-1", "shared-1", "tcp", 443).reachable());
        NetworkModel off = appAttachmentReferencing(false);
        assertBlocked(trace(off, "app-1", "shared-1", "tcp", 443).forward(), SHARED_SG, "no-matching-rule");
        List<Problem> problems = ModelValidator.validate(off);
        assertTrue(problems.stream().anyMatch(p -> p.location().equals("$.model.securityGroups[3].inbound[0].securityGroup")
                        && p.message().contains("security group referencing is off on attachment att-app")),
                problems::toString);
    }

    @Test
    void theValidatorNamesTheGatewayWhenItsOptionIsTheOneOff() {
        TransitGateway g = byReference.transitGateways().get(0);
        NetworkModel off = byReference.with(new TransitGateway(g.id(), g.name(), g.region(), false));
        assertTrue(ModelValidator.validate(off).stream().anyMatch(p -> p.message().contains("off on transit gateway core-tgw")));
    }

    @Test
    void theFileKeepsTheOptionOnlyWhenOffAndAnOldFileReadsAsEnabled() {
        Diagram on = new Diagram("t", "", appAttachmentReferencing(true), null);
        String json = DiagramWriter.toJson(on);
        assertFalse(json.contains("\"securityGroupReferencing\" : false"), "the default is not written");
        assertTrue(DiagramReader.read(json, "on.json").diagram().model().transitAttachments().stream()
                .allMatch(TransitGatewayAttachment::securityGroupReferencing));
        Diagram off = new Diagram("t", "", appAttachmentReferencing(false), null);
        Diagram back = DiagramReader.read(DiagramWriter.toJson(off), "off.json").diagram();
        assertEquals(off.model(), back.model());
    }

    @Test
    void theAwsImportReadsTheVpcAttachmentsOption() throws Exception {
        Files.writeString(dir.resolve("vpcs.json"), """
                {"Vpcs": [{"VpcId": "vpc-1", "CidrBlock": "10.1.0.0/16"}, {"VpcId": "vpc-2", "CidrBlock": "10.2.0.0/16"}]}""");
        Files.writeString(dir.resolve("subnets.json"), """
                {"Subnets": [{"SubnetId": "subnet-1", "VpcId": "vpc-1", "CidrBlock": "10.1.1.0/24", "AvailabilityZone": "us-east-1a"},
                  {"SubnetId": "subnet-2", "VpcId": "vpc-2", "CidrBlock": "10.2.1.0/24", "AvailabilityZone": "us-east-1a"}]}""");
        Files.writeString(dir.resolve("tgw.json"), """
                {"TransitGateways": [{"TransitGatewayId": "tgw-1", "State": "available",
                  "Options": {"SecurityGroupReferencingSupport": "enable"}}]}""");
        Files.writeString(dir.resolve("att.json"), """
                {"TransitGatewayAttachments": [
                  {"TransitGatewayAttachmentId": "tgw-attach-1", "TransitGatewayId": "tgw-1", "ResourceType": "vpc",
                   "ResourceId": "vpc-1", "State": "available"},
                  {"TransitGatewayAttachmentId": "tgw-attach-2", "TransitGatewayId": "tgw-1", "ResourceType": "vpc",
                   "ResourceId": "vpc-2", "State": "available"}]}""");
        Files.writeString(dir.resolve("vpcatt.json"), """
                {"TransitGatewayVpcAttachments": [
                  {"TransitGatewayAttachmentId": "tgw-attach-1", "TransitGatewayId": "tgw-1", "VpcId": "vpc-1",
                   "SubnetIds": ["subnet-1"], "Options": {"SecurityGroupReferencingSupport": "disable"}},
                  {"TransitGatewayAttachmentId": "tgw-attach-2", "TransitGatewayId": "tgw-1", "VpcId": "vpc-2",
                   "SubnetIds": ["subnet-2"]}]}""");
        AwsImport r = AwsImporter.importDirectory(dir);
        assertFalse(r.hasErrors(), r.errors().toString());
        NetworkModel m = r.model();
        assertTrue(m.transitGateways().get(0).securityGroupReferencing());
        assertFalse(attachment(m, "tgw-attach-1").securityGroupReferencing(), "Options say disable");
        assertTrue(attachment(m, "tgw-attach-2").securityGroupReferencing(), "no Options: the AWS default, enable");
    }

    @Test
    void terraformReadsTheAttachmentsSecurityGroupReferencingSupport() throws Exception {
        String state = Files.readString(Path.of("src/test/resources/terraform/tgw-hub-spoke-state.json"));
        int app = state.indexOf("\"id\": \"" + ATT_APP + "\"");
        assertTrue(app > 0, "the fixture has the app attachment");
        String edited = state.substring(0, app) + "\"security_group_referencing_support\": \"disable\", " + state.substring(app);
        Path file = dir.resolve("state.json");
        Files.writeString(file, edited);
        NetworkModel m = TerraformImporter.importFile(file, false).model();
        assertFalse(attachment(m, ATT_APP).securityGroupReferencing());
        assertTrue(attachment(m, "tgw-attach-0a1b2c3d4e5f6111a").securityGroupReferencing());
    }

    private static TransitGatewayAttachment attachment(NetworkModel m, String id) {
        return m.transitAttachments().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }
}
