package io.hopscope.testing.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.diagram.Diagram;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every sample is a coherent AWS network with a clean layout and a description worth reading. */
class SampleDiagramsTest {

    static Stream<Arguments> samples() {
        return SampleDiagrams.all().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue().get()));
    }

    @Test
    void theSamplesHaveTheirFixedFileNames() {
        assertEquals(List.of("ec2-to-rds", "ec2-to-rds-broken-return", "nat-egress", "s3-gateway-endpoint",
                "vpc-peering", "three-tier", "bastion", "lambda-vpc", "windows-ephemeral-ports", "hybrid-vpn",
                "tgw-hub-spoke", "alb-web-app"),
                List.copyOf(SampleDiagrams.all().keySet()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everyReferenceNamesAResourceOfTheRightKindInTheRightVpc(String name, Diagram diagram) {
        assertEquals(List.of(), ReferenceChecks.check(diagram.model()), name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void subnetsLieInTheirVpcAndInterfacesUseUsableAddresses(String name, Diagram diagram) {
        assertEquals(List.of(), AddressingChecks.check(diagram.model()), name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void layoutNestsChildrenInsideContainersWithoutOverlapsOnTheGrid(String name, Diagram diagram) {
        assertEquals(List.of(), LayoutChecks.check(diagram), name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void descriptionIsOneParagraphSayingWhatToTraceAndWhatTheTrapIs(String name, Diagram diagram) {
        String d = diagram.description();
        assertFalse(diagram.title().isBlank(), name + " has no title");
        assertFalse(d.contains("\n"), name + " description is not one paragraph");
        assertTrue(d.length() > 400 && d.length() < 1400, name + " description length " + d.length());
        String lower = d.toLowerCase(Locale.ROOT);
        assertTrue(lower.contains("trace"), name + " description does not say what to trace");
        assertTrue(lower.contains("trap"), name + " description does not name the trap");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void buildingTwiceGivesEqualDiagramsSoFilesStayStable(String name, Diagram diagram) {
        Supplier<Diagram> builder = SampleDiagrams.all().get(name);
        assertEquals(diagram, builder.get(), name);
    }

    @Test
    void samplesDoNotShareIdsSoTheyCanBeOpenedSideBySide() {
        Map<String, String> owner = new java.util.HashMap<>();
        SampleDiagrams.all().forEach((name, builder) -> builder.get().model().allResources().stream()
                .filter(r -> r.kind().idPrefix().length() > 0 && !r.id().startsWith("pl-"))
                .forEach(r -> {
                    String previous = owner.put(r.id(), name);
                    assertTrue(previous == null || previous.equals(name), r.id() + " in " + previous + " and " + name);
                }));
    }
}
