package io.hopscope.edit.paste;

import io.hopscope.edit.Ec2ToRds;
import io.hopscope.edit.DeleteResourcesEdit;
import io.hopscope.edit.EditHistory;

import io.hopscope.edit.create.NewResourcePlanner;

import static io.hopscope.edit.paste.VpcCopies.PEERING_VPC_B;
import static io.hopscope.edit.paste.VpcCopies.compare;
import static io.hopscope.edit.paste.VpcCopies.duplicate;
import static io.hopscope.edit.paste.VpcCopies.errors;
import static io.hopscope.edit.paste.VpcCopies.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.Shape;
import io.hopscope.engine.walk.Tracer;
import io.hopscope.io.format.DiagramReader;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.SecurityGroup;
import io.hopscope.model.Vpc;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A copied VPC behaves as the original: same trace verdicts, no new errors, its own place, one undo step. */
class VpcCopyBehaviourTest {

    @Test
    void peeredVpcsCopiedTogetherArePeeredWithEachOtherAndTraceAlike() {
        Diagram d = sample("vpc-peering");
        String a = "vpc-0a1b2c3d4e5f60401";
        Set<String> both = new java.util.LinkedHashSet<>(List.of(a, PEERING_VPC_B));
        PastePlan paste = PastePlanner.paste(d.model(), d.model(), both, d.layout().shapes(),
                d.layout().shapes().values(), 40);
        NetworkModel after = paste.plan().edit().apply(d).model();
        assertEquals(3, after.peeringConnections().size(), "the A-B peering is copied, B-C is not");
        var pcx = after.peeringConnection(paste.copies().get("pcx-0a1b2c3d4e5f60416"));
        assertEquals(Set.of(paste.copies().get(a), paste.copies().get(PEERING_VPC_B)),
                Set.of(pcx.requesterVpcId(), pcx.accepterVpcId()));
        SecurityGroup shared = after.securityGroup(paste.copies().get("sg-0a1b2c3d4e5f60414"));
        assertEquals(List.of(paste.copies().get("sg-0a1b2c3d4e5f60413")),
                shared.inbound().stream().map(r -> r.peer().refId()).toList(), "A's group is in a peered copy");
        assertEquals(2, paste.dropped().size(), "the route to C and the rule naming C's group: " + paste.dropped());
        assertEquals(errors(d.model()), errors(after));
        assertEquals("Paste VPCs " + after.vpc(paste.copies().get(a)).label() + ", "
                + after.vpc(paste.copies().get(PEERING_VPC_B)).label(), paste.plan().edit().description());
        Map<String, String> originalOf = new HashMap<>();
        paste.copies().forEach((original, copy) -> originalOf.put(copy, original));
        Tracer tracer = new Tracer(after);
        for (int port : new int[] {22, 443}) {
            assertEquals(1, compare(tracer, "vpc-peering", "i-0a1b2c3d4e5f6041b", "i-0a1b2c3d4e5f6041c",
                    paste.copies(), originalOf, port));
            assertEquals(1, compare(tracer, "vpc-peering", "i-0a1b2c3d4e5f6041c", "i-0a1b2c3d4e5f6041b",
                    paste.copies(), originalOf, port));
        }
    }

    @Test
    void aCutVpcPastesBackInItsOwnPlaceAndBlock() {
        Diagram d = sample("ec2-to-rds");
        Diagram cut = new DeleteResourcesEdit(Set.of(Ec2ToRds.VPC)).apply(d);
        PastePlan paste = PastePlanner.paste(d.model(), cut.model(), Set.of(Ec2ToRds.VPC), d.layout().shapes(),
                cut.layout().shapes().values(), 0);
        Diagram after = paste.plan().edit().apply(cut);
        String copy = paste.plan().newId();
        assertEquals(d.model().vpc(Ec2ToRds.VPC).ipv4Cidrs(), after.model().vpc(copy).ipv4Cidrs());
        assertEquals(d.layout().shape(Ec2ToRds.VPC).x(), after.layout().shape(copy).x());
        assertEquals(errors(d.model()), errors(after.model()));
    }

    @Test
    void everySampleVpcCopiesWithoutNewValidatorErrors() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("diagrams"))) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertTrue(files.size() >= 8);
        for (Path file : files) {
            Diagram d = DiagramReader.read(file).diagram();
            for (Vpc vpc : d.model().vpcs()) {
                NetworkModel after = duplicate(d, vpc.id()).plan().edit().apply(d).model();
                assertEquals(errors(d.model()), errors(after), file + " " + vpc.id());
            }
        }
    }

    @Test
    void tracesInTheCopyGiveTheSameVerdictsAsInTheOriginal() {
        for (String name : List.of("ec2-to-rds", "ec2-to-rds-broken-return", "three-tier", "nat-egress", "bastion",
                "s3-gateway-endpoint", "lambda-vpc")) {
            Diagram d = sample(name);
            PastePlan paste = duplicate(d, d.model().vpcs().get(0).id());
            NetworkModel after = paste.plan().edit().apply(d).model();
            Map<String, String> originalOf = new HashMap<>();
            paste.copies().forEach((original, copy) -> originalOf.put(copy, original));
            Tracer tracer = new Tracer(after);
            List<String> ends = new ArrayList<>();
            d.model().workloads().forEach(w -> ends.add(w.id()));
            d.model().externals().forEach(e -> ends.add(e.id()));
            int compared = 0;
            for (String from : ends) {
                for (String to : ends) {
                    if (from.equals(to)) {
                        continue;
                    }
                    for (int port : new int[] {22, 80, 443, 3306, 5432}) {
                        compared += compare(tracer, name, from, to, paste.copies(), originalOf, port);
                    }
                }
            }
            assertTrue(compared >= 10, name + " compared only " + compared + " traces");
        }
    }

    @Test
    void theCopySitsBesideTheOriginalAndASecondPasteBesideTheFirst() {
        Diagram d = sample("ec2-to-rds");
        Shape original = d.layout().shape(Ec2ToRds.VPC);
        PastePlan first = duplicate(d, Ec2ToRds.VPC);
        Diagram once = first.plan().edit().apply(d);
        Shape copy = once.layout().shape(first.plan().newId());
        assertTrue(copy.x() >= original.x() + original.width(), "beside, not on top: " + copy);
        assertEquals(original.y(), copy.y());
        assertEquals(original.width(), copy.width());
        Shape web = d.layout().shape("i-0a1b2c3d4e5f60010");
        Shape webCopy = once.layout().shape(first.copies().get("i-0a1b2c3d4e5f60010"));
        assertEquals(web.x() - original.x(), webCopy.x() - copy.x(), "the inner layout is kept");
        assertEquals(0, copy.x() % NewResourcePlanner.GRID);

        PastePlan second = PastePlanner.paste(d.model(), once.model(), Set.of(Ec2ToRds.VPC), d.layout().shapes(),
                once.layout().shapes().values(), 80);
        Diagram twice = second.plan().edit().apply(once);
        Shape copy2 = twice.layout().shape(second.plan().newId());
        assertTrue(copy2.x() >= copy.x() + copy.width(), "the second copy clears the first: " + copy2);
        assertEquals("10.2.0.0/16", twice.model().vpc(second.plan().newId()).ipv4Cidrs().get(0).toString());
        for (Shape s : once.layout().shapes().values()) {
            boolean overlaps = s.x() < copy2.x() + copy2.width() && copy2.x() < s.x() + s.width()
                    && s.y() < copy2.y() + copy2.height() && copy2.y() < s.y() + s.height();
            assertFalse(overlaps, s + " under the second copy");
        }
    }

    @Test
    void undoRestoresTheExactDiagramInOneStep() {
        Diagram d = sample("three-tier");
        EditHistory history = new EditHistory(d);
        PastePlan paste = duplicate(d, d.model().vpcs().get(0).id());
        Diagram after = history.perform(paste.plan().edit());
        assertEquals(2, after.model().vpcs().size());
        assertEquals(d, history.undo());
        assertFalse(history.canUndo(), "one paste is one step");
        assertEquals(after, history.redo());
    }

    @Test
    void aVpcSelectedWithItsOwnSubnetIsPastedOnce() {
        Diagram d = sample("ec2-to-rds");
        Set<String> picked = new java.util.LinkedHashSet<>(List.of(Ec2ToRds.VPC, Ec2ToRds.WEB_SUBNET, "internet-host"));
        PastePlan paste = PastePlanner.paste(d.model(), d.model(), picked, d.layout().shapes(),
                d.layout().shapes().values(), 40);
        NetworkModel after = paste.plan().edit().apply(d).model();
        assertEquals(6, after.subnets().size(), "3 original and 3 copied subnets, not a fourth");
        assertEquals(2, after.externals().size());
        assertEquals("Paste VPC shop (copy) and 1 more", paste.plan().edit().description());
    }
}
