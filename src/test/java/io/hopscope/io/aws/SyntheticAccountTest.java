package io.hopscope.io.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.check.Severity;
import io.hopscope.model.InterfaceType;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.RouteTargetKind;
import io.hopscope.model.SgPeerKind;
import io.hopscope.model.Workload;
import io.hopscope.model.WorkloadKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import io.hopscope.model.InterfaceType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synthetic account imports cleanly and has the shape its scale asks for (small scale here). */
class SyntheticAccountTest {

    @TempDir
    Path dir;

    private static final SyntheticAccount.Scale SMALL = new SyntheticAccount.Scale(4, 10, 60, 6, 12, 10, 14, 2);

    @Test
    void smallAccountImportsWithoutErrorsOrWarnings() throws IOException {
        SyntheticAccount.Summary summary = new SyntheticAccount(7, SMALL).write(dir);
        AwsImport result = AwsImporter.importDirectory(dir);
        assertTrue(result.problems().stream().noneMatch(p -> p.severity() != Severity.INFO),
                () -> result.problems().toString());
        NetworkModel m = result.model();
        assertEquals(4, m.vpcs().size());
        assertEquals(40, m.subnets().size());
        long nodes = m.networkInterfaces().stream().filter(e -> e.type() == InterfaceType.LOAD_BALANCER).count();
        assertEquals(summary.networkInterfaces(), m.networkInterfaces().size() - nodes);
        assertEquals(4 * 60 + 4, m.networkInterfaces().size() - nodes, "instance/RDS ENIs plus one NAT ENI per VPC");
        assertEquals(4 * SyntheticLoadBalancerWriter.PER_VPC, m.loadBalancers().size());
        assertEquals(2 * m.loadBalancers().size(), nodes, "a node in two public subnets each");
        assertTrue(m.loadBalancers().stream().allMatch(lb -> lb.networkInterfaceIds().size() == 2
                && lb.listeners().size() == 1 && lb.listeners().get(0).targetGroupIds().size() == 1));
        assertTrue(m.targetGroups().stream().allMatch(tg -> tg.targets().size() == 4), "every target imported");
        assertEquals(summary.instances() + summary.databases(), m.workloads().size());
        assertEquals(4 * 6, m.securityGroups().size());
        assertTrue(m.securityGroups().stream().allMatch(g -> g.inbound().size() + g.outbound().size() == 12),
                "every group has exactly rulesPerGroup rules");
        assertEquals(4 * 6 * 12, summary.securityGroupRules());
        assertTrue(m.securityGroups().stream().flatMap(g -> g.inbound().stream())
                .anyMatch(r -> r.peer().kind() == SgPeerKind.SECURITY_GROUP), "some rules reference groups");
        assertTrue(m.networkAcls().stream().filter(a -> !a.isDefault()).allMatch(a -> a.entries().size() == 10));
        assertEquals(summary.aclEntries(), m.networkAcls().stream().mapToInt(a -> a.entries().size()).sum());
        assertTrue(m.routeTables().stream().filter(t -> !t.main()).allMatch(t -> t.routes().size() == 14));
        assertEquals(summary.routes(), m.routeTables().stream().mapToInt(t -> t.routes().size()).sum());
        assertEquals(2, m.peeringConnections().size());
        assertEquals(4, m.natGateways().size());
        assertEquals(4, m.vpcEndpoints().size());
        assertTrue(m.find("s3").isPresent());
        Set<RouteTargetKind> kinds = new HashSet<>();
        m.routeTables().forEach(t -> t.routes().forEach(r -> kinds.add(r.targetKind())));
        assertEquals(Set.of(RouteTargetKind.LOCAL, RouteTargetKind.INTERNET_GATEWAY, RouteTargetKind.NAT_GATEWAY,
                RouteTargetKind.VPC_PEERING_CONNECTION, RouteTargetKind.GATEWAY_ENDPOINT), kinds);
        assertTrue(m.routeTables().stream().flatMap(t -> t.routes().stream()).anyMatch(r -> r.blackhole()));
        for (var subnet : m.subnets()) {
            assertEquals(subnet.vpcId(), m.networkAclOf(subnet.id()).vpcId());
            assertFalse(m.routeTableOf(subnet.id()).main(), "every subnet explicitly associated");
        }
    }

    @Test
    void everyDatabaseSitsOnItsOwnRdsInterface() throws IOException {
        SyntheticAccount.Summary summary = new SyntheticAccount(11, SyntheticAccount.Scale.quotaTimes(0.02)).write(dir);
        AwsImport result = AwsImporter.importDirectory(dir);
        assertTrue(result.problems().stream().noneMatch(p -> p.severity() != Severity.INFO),
                () -> result.problems().toString());
        NetworkModel m = result.model();
        assertTrue(summary.databases() > 0, "this seed and scale give some RDS instances");
        int databases = 0;
        for (Workload w : m.workloads()) {
            if (w.workloadKind() == WorkloadKind.RDS) {
                databases++;
                assertEquals(1, w.networkInterfaceIds().size(), w.id());
                NetworkInterface eni = m.networkInterface(w.networkInterfaceIds().get(0));
                assertEquals(InterfaceType.RDS, eni.type());
            } else {
                assertEquals(InterfaceType.INSTANCE, m.networkInterface(w.networkInterfaceIds().get(0)).type());
            }
        }
        assertEquals(summary.databases(), databases);
    }

    @Test
    void sameSeedWritesTheSameFiles(@TempDir Path other) throws IOException {
        new SyntheticAccount(3, SMALL).write(dir);
        new SyntheticAccount(3, SMALL).write(other);
        assertEquals(Files.readString(dir.resolve("describe-security-groups.json")),
                Files.readString(other.resolve("describe-security-groups.json")));
        assertEquals(Files.readString(dir.resolve("describe-network-interfaces.json")),
                Files.readString(other.resolve("describe-network-interfaces.json")));
    }

    @Test
    void quotaScaleMatchesTheDefaultQuotas() {
        SyntheticAccount.Scale q = SyntheticAccount.Scale.quota();
        assertEquals(20, q.vpcs());
        assertEquals(1_000, q.subnets());
        assertEquals(10_000, q.enis());
        assertEquals(1_000, q.groups());
        assertEquals(60, q.rulesPerGroup());
        assertEquals(40, q.aclEntries());
        assertEquals(50, q.routesPerTable());
        assertThrows(IllegalArgumentException.class, () -> new SyntheticAccount.Scale(1, 2, 1000, 1, 60, 40, 50, 0),
                "500 ENIs in a /24 do not fit");
    }

    @Test
    void tracerAnswersEveryInstanceToDatabaseQuestionOfTheAccount() throws IOException {
        new SyntheticAccount(11, SyntheticAccount.Scale.quotaTimes(0.02)).write(dir);
        NetworkModel m = AwsImporter.importDirectory(dir).model();
        io.hopscope.engine.walk.Tracer tracer = new io.hopscope.engine.walk.Tracer(m);
        int traced = 0;
        int reachable = 0;
        for (Workload db : m.workloads()) {
            if (db.workloadKind() != WorkloadKind.RDS) {
                continue;
            }
            for (Workload ec2 : m.workloads().subList(0, 20)) {
                if (ec2.workloadKind() != WorkloadKind.EC2) {
                    continue;
                }
                io.hopscope.engine.Trace trace = tracer.trace(io.hopscope.engine.TraceQuery.of(ec2.id(), db.id(),
                        io.hopscope.model.net.Protocol.TCP, 3306));
                traced++;
                reachable += trace.reachable() ? 1 : 0;
            }
        }
        assertTrue(traced > 0);
        assertTrue(reachable > 0 && reachable < traced, reachable + " of " + traced
                + " reachable: the random rules should allow some flows and block others");
    }
}
