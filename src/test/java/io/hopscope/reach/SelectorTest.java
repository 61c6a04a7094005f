package io.hopscope.reach;

import io.hopscope.io.aws.AwsImporter;
import io.hopscope.io.aws.AwsTagIndex;
import io.hopscope.io.aws.describe.AwsDescribeReader;
import io.hopscope.io.aws.describe.AwsSnapshot;
import io.hopscope.io.format.DiagramReader;
import io.hopscope.model.NetworkModel;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SelectorTest {
    private static final Path CASE_96 = Path.of("..", "shared", "conformance-v2", "96-check-db-exposed-to-internet", "aws");

    static SelectorResolver case96() {
        AwsSnapshot snap = new AwsDescribeReader().read(CASE_96);
        return new SelectorResolver(AwsImporter.convert(snap).model(), AwsTagIndex.of(snap));
    }

    static SelectorResolver threeTier() {
        NetworkModel m = DiagramReader.read(Path.of("diagrams", "three-tier.json")).diagram().model();
        return new SelectorResolver(m, null);
    }

    @Test
    void everyContractFormParses() {
        assertEquals(Selector.Kind.INTERNET, Selector.parse("internet").kind());
        assertEquals(Selector.Kind.ALL, Selector.parse("all").kind());
        assertEquals(Selector.Kind.CIDR, Selector.parse("cidr:10.8.0.0/16").kind());
        Selector tag = Selector.parse("tag:Tier=db");
        assertEquals("Tier", tag.tagKey());
        assertEquals("db", tag.tagValue());
        assertEquals(Selector.Kind.SG, Selector.parse("sg:web").kind());
        assertEquals(Selector.Kind.SUBNET, Selector.parse("subnet:subnet-1").kind());
        assertEquals(Selector.Kind.VPC, Selector.parse("vpc:prod").kind());
        assertEquals(Selector.Kind.KIND, Selector.parse("kind:load-balancer").kind());
        assertEquals(Selector.Kind.REF, Selector.parse("orders-db").kind());
        assertEquals(Selector.Kind.REF, Selector.parse("2001:db8::1").kind());
        assertEquals(Selector.Kind.REF, Selector.parse("arn:aws:elasticloadbalancing:us-east-1:1:loadbalancer/app/x/1").kind());
    }

    @Test
    void misspeltFormsAreInputErrorsNamingTheSelector() {
        assertTrue(assertThrows(SelectorException.class, () -> Selector.parse("sgg:web")).getMessage().contains("sgg:web"));
        assertTrue(assertThrows(SelectorException.class, () -> Selector.parse("kind:ec3")).getMessage().contains("kind:ec3"));
        assertThrows(SelectorException.class, () -> Selector.parse("cidr:10.8.0.0/33"));
        assertThrows(SelectorException.class, () -> Selector.parse("tag:Tier"));
        assertThrows(SelectorException.class, () -> Selector.parse("sg:"));
        assertThrows(SelectorException.class, () -> Selector.parse(" "));
    }

    @Test
    void tagSelectorFindsTheTaggedInstancesInterfaces() {
        SelectorResolver r = case96();
        List<ReachEndpoint> db = r.resolve(Selector.parse("tag:Tier=db"));
        assertEquals(1, db.size());
        assertEquals("eni-96000000000000014", db.get(0).id());
        assertEquals("db-1", db.get(0).name());
        assertEquals(db, r.resolve(Selector.parse("tag:Name=db-1")));
        assertTrue(r.resolve(Selector.parse("tag:Tier=web")).isEmpty());
        SelectorException e = assertThrows(SelectorException.class, () -> r.resolveNonEmpty(Selector.parse("tag:Tier=web")));
        assertTrue(e.getMessage().contains("matches nothing"), e.getMessage());
    }

    @Test
    void referencesResolveLikeTraceDoes() {
        SelectorResolver r = case96();
        assertEquals("eni-96000000000000014", r.resolve(Selector.parse("i-96000000000000012")).get(0).id());
        assertEquals("eni-96000000000000014", r.resolve(Selector.parse("db-1")).get(0).id());
        assertEquals("eni-96000000000000014", r.resolve(Selector.parse("10.0.2.10")).get(0).id());
        assertEquals("eni-96000000000000014", r.resolve(Selector.parse("198.51.100.96")).get(0).id());
        ReachEndpoint host = r.resolve(Selector.parse("203.0.113.9")).get(0);
        assertEquals(ReachEndpoint.Kind.INTERNET, host.kind());
        assertEquals(ReachEndpoint.Kind.INTERNET, r.resolve(Selector.parse("internet")).get(0).kind());
        ReachEndpoint onPrem = r.resolve(Selector.parse("cidr:10.8.0.0/16")).get(0);
        assertEquals(ReachEndpoint.Kind.NETWORK, onPrem.kind());
        SelectorException e = assertThrows(SelectorException.class, () -> r.resolve(Selector.parse("db-11")));
        assertTrue(e.getMessage().contains("'db-11'"), e.getMessage());
        e = assertThrows(SelectorException.class, () -> r.resolve(Selector.parse("sg-96000000000000011")));
        assertTrue(e.getMessage().contains("sg:sg-96000000000000011"), e.getMessage());
    }

    @Test
    void groupSelectorsCollectInterfaces() {
        SelectorResolver r = case96();
        assertEquals(1, r.resolve(Selector.parse("sg:sg-96000000000000011")).size());
        assertEquals(1, r.resolve(Selector.parse("sg:db-sg")).size());
        assertEquals(1, r.resolve(Selector.parse("kind:ec2")).size());
        assertTrue(r.resolve(Selector.parse("kind:rds")).isEmpty());
        assertEquals(r.resolve(Selector.parse("all")), r.resolve(Selector.parse("vpc:vpc-96000000000000001")));
        assertEquals(1, r.resolve(Selector.parse("subnet:subnet-96000000000000008")).size());
        assertThrows(SelectorException.class, () -> r.resolve(Selector.parse("vpc:vpc-nope")));
        assertThrows(SelectorException.class, () -> r.resolve(Selector.parse("sg:nope")));
    }

    @Test
    void diagramModelsSelectByNameTagAndKind() {
        SelectorResolver r = threeTier();
        List<ReachEndpoint> all = r.resolve(Selector.parse("all"));
        assertTrue(all.size() >= 3, all.toString());
        assertTrue(all.stream().allMatch(ReachEndpoint::isInterface));
        for (ReachEndpoint e : all) {
            assertEquals(List.of(e), r.resolve(Selector.parse(e.id())));
        }
    }
}
