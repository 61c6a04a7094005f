package io.hopscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.Layout;
import io.hopscope.diagram.Shape;
import io.hopscope.io.format.DiagramWriter;
import io.hopscope.model.AclEntry;
import io.hopscope.model.NetworkAcl;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Route;
import io.hopscope.model.RouteTable;
import io.hopscope.model.RuleAction;
import io.hopscope.model.Subnet;
import io.hopscope.model.Vpc;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.PortRange;
import io.hopscope.model.net.Protocol;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return HopscopeCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private static List<String> lines(StringWriter w) {
        String s = w.toString();
        return s.isEmpty() ? List.of() : List.of(s.split("\n"));
    }

    private static Diagram lab(Subnet subnet) {
        NetworkModel model = NetworkModel.builder()
                .add(new Vpc("vpc-1", "lab", "", List.of(Cidr.parse("10.0.0.0/16")), List.of()))
                .add(subnet)
                .add(new RouteTable("rtb-main", "", "vpc-1", true, List.of(), List.of(Route.local(Cidr.parse("10.0.0.0/16")))))
                .add(new NetworkAcl("acl-default", "", "vpc-1", true, List.of(), List.of(
                        AclEntry.allowAll(100, false, Cidr.ANY_IPV4), AclEntry.allowAll(100, true, Cidr.ANY_IPV4))))
                .build();
        return new Diagram("lab", "", model, Layout.EMPTY.with(new Shape("vpc-1", 0, 0, 400, 300))
                .with(new Shape(subnet.id(), 20, 20, 200, 100)));
    }

    @Test
    void validFileExitsZeroWithOneSummaryLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("lab.hopscope.json");
        DiagramWriter.save(lab(new Subnet("subnet-a", "a", "vpc-1", Cidr.parse("10.0.1.0/24"), null, "")), file);
        assertEquals(0, run("validate", file.toString()));
        assertEquals(List.of(file + ": valid (4 resources, 2 shapes)"), lines(out));
        assertEquals(List.of(), lines(err));
    }

    @Test
    void warningsArePrintedButExitIsStillZero(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("warn.hopscope.json");
        NetworkAcl acl = new NetworkAcl("acl-1", "db", "vpc-1", false, List.of("subnet-a"), List.of(
                new AclEntry(100, false, Protocol.TCP, PortRange.single(3306), null, Cidr.ANY_IPV4, RuleAction.ALLOW)));
        Diagram d = lab(new Subnet("subnet-a", "a", "vpc-1", Cidr.parse("10.0.1.0/24"), null, ""));
        DiagramWriter.save(d.withModel(d.model().with(acl)), file);
        assertEquals(0, run("validate", file.toString()));
        assertEquals(List.of(file + ": valid (5 resources, 2 shapes)"), lines(out));
        assertTrue(lines(err).contains(file + ": $.model.networkAcls[0].outbound: warning: NACL db has no outbound rule"
                + " for ephemeral ports 1024-65535: replies to connections it lets in are dropped"), err.toString());
    }

    @Test
    void invalidFileExitsTwoWithOneLinePerProblem(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.hopscope.json");
        String json = DiagramWriter.toJson(lab(new Subnet("subnet-a", "a", "vpc-1", Cidr.parse("10.0.1.0/24"), null, "")))
                .replace("\"10.0.1.0/24\"", "\"10.0.300.0/24\"")
                .replace("\"name\": \"lab\",\n        \"ipv4Cidrs\"", "\"name\": \"lab\",\n        \"colour\": \"red\",\n        \"ipv4Cidrs\"");
        Files.writeString(file, json);
        assertEquals(2, run("validate", file.toString()));
        assertEquals(List.of(), lines(out));
        assertEquals(List.of(
                file + ": $.model.vpcs[0].colour: unknown field 'colour' (expected one of: id, name, region, ipv4Cidrs, ipv6Cidrs)",
                file + ": $.model.subnets[0].cidr: '10.0.300.0/24' is not a valid CIDR block"), lines(err));
    }

    @Test
    void modelRuleErrorExitsTwo(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("outside.hopscope.json");
        DiagramWriter.save(lab(new Subnet("subnet-a", "a", "vpc-1", Cidr.parse("10.9.1.0/24"), null, "")), file);
        assertEquals(2, run("validate", file.toString()));
        assertEquals(List.of(file + ": $.model.subnets[0].cidr: subnet a 10.9.1.0/24 is outside its VPC lab (10.0.0.0/16)"),
                lines(err));
    }

    @Test
    void missingFileExitsTwoWithOneLine(@TempDir Path dir) {
        Path file = dir.resolve("missing.hopscope.json");
        assertEquals(2, run("validate", file.toString()));
        assertEquals(List.of(file + ": no such file"), lines(err));
        assertEquals(List.of(), lines(out));
    }

    @Test
    void malformedJsonExitsTwoWithLineAndColumn(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.hopscope.json");
        Files.writeString(file, "{\n  \"format\": \"hopscope-diagram\",\n  \"version\": 1\n  \"model\": {}\n}\n");
        assertEquals(2, run("validate", file.toString()));
        assertEquals(1, lines(err).size());
        assertTrue(lines(err).get(0).startsWith(file + ": $: malformed JSON at line 4, column 3"), err.toString());
    }

    @Test
    void missingArgumentIsAUsageErrorExitingTwo() {
        assertEquals(2, run("validate"));
        assertTrue(err.toString().contains("Missing required parameter: 'FILE'"), err.toString());
    }

    @Test
    void helpDescribesExitCodes() {
        assertEquals(0, run("validate", "--help"));
        assertTrue(out.toString().contains("Usage: hopscope validate"), out.toString());
        assertTrue(out.toString().contains("2   the file has errors or cannot be read"), out.toString());
    }

    @Test
    void validateIsListedInTopLevelHelp() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("validate"), out.toString());
    }
}
