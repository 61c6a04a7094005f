package io.hopscope.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.model.NetworkModel;
import io.hopscope.model.Subnet;
import io.hopscope.model.Vpc;
import io.hopscope.model.net.Cidr;
import io.hopscope.testing.hostile.BigModels;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Findings are capped per rule, and the sorting overlap check finds what the pairwise one found. */
class ValidatorScaleTest {

    @Test
    void twentyThousandSameCidrSubnetsGiveFiftyLinesAndACount() {
        List<Problem> problems = ModelValidator.validate(BigModels.sameCidrSubnets(20_000));
        List<Problem> overlaps = problems.stream().filter(p -> p.message().contains(" overlaps subnet ")).toList();
        assertEquals(Findings.MAX_PER_RULE, overlaps.size());
        assertTrue(problems.stream().anyMatch(p -> p.isError()
                && p.message().equals("... and 19,949 more overlapping subnets")), problems.toString());
        // The first subnet in the file is the one the others are said to overlap.
        assertTrue(overlaps.get(0).message().endsWith("overlaps subnet subnet-0 10.0.0.0/24 in VPC big"),
                overlaps.get(0).message());
    }

    @Test
    void hundredThousandDistinctSubnetsAreValid() {
        assertEquals(List.of(), ModelValidator.validate(BigModels.distinctSubnets(100_000)));
    }

    @Test
    void sortedOverlapCheckFlagsExactlyTheSubnetsThatOverlapAnEarlierOne() {
        Random random = new Random(12);
        for (int round = 0; round < 200; round++) {
            NetworkModel.Builder b = NetworkModel.builder()
                    .add(new Vpc("vpc-1", "", "", List.of(Cidr.parse("10.0.0.0/16")), List.of()));
            List<Subnet> subnets = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                int prefix = 20 + random.nextInt(9);
                long base = (10L << 24) + (random.nextInt(1 << 12) << 4);
                long network = base & (0xFFFF_FFFFL << (32 - prefix));
                Subnet s = new Subnet("subnet-" + i, "", "vpc-1", new Cidr(4, 0, network, prefix), null, "");
                subnets.add(s);
                b.add(s);
            }
            Set<String> expected = new HashSet<>();
            for (int i = 0; i < subnets.size(); i++) {
                for (int j = 0; j < subnets.size(); j++) {
                    if (i != j && subnets.get(i).cidr().overlaps(subnets.get(j).cidr())) {
                        expected.add(subnets.get(i).id());
                        expected.add(subnets.get(j).id());
                    }
                }
            }
            Set<String> flagged = new HashSet<>();
            for (Problem p : ModelValidator.validate(b.build())) {
                if (p.message().contains(" overlaps subnet ")) {
                    flagged.add(p.resourceId());
                    String other = p.message().replaceAll(".* overlaps subnet (subnet-\\d+) .*", "$1");
                    flagged.add(other);
                }
            }
            assertEquals(expected, flagged, "round " + round);
        }
    }
}
