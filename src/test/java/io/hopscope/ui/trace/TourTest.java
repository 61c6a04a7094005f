package io.hopscope.ui.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.ui.UiTestDiagrams;
import io.hopscope.ui.common.DiagramDocument;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every tour step runs its trace on the sample and stops on the hop its words are about. */
class TourTest {

    private TraceViewModel onSample() {
        return new TraceViewModel(new DiagramDocument(TraceViewModelTest.sample("ec2-to-rds")), TraceViewModelTest.MESSAGES);
    }

    private HopRow show(TraceViewModel vm, String key) {
        TourStep step = Tour.STEPS.stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
        Tour.show(step, vm);
        assertEquals("", vm.errorProperty().get());
        HopRow row = vm.getCurrentRow();
        assertEquals(step.onReply(), row.reply());
        assertEquals(step.kind(), row.hop().kind());
        return row;
    }

    @Test
    void theSecurityGroupStepStopsOnTheTrackedReply() {
        HopRow row = show(onSample(), "stateful");
        assertEquals("TRACKED", row.decision());
        assertEquals("orders-db-sg", row.hop().name());
    }

    @Test
    void theNaclTrapStepsStopOnTheRulesThatLetTheReplyToTheEphemeralPortThrough() {
        TraceViewModel vm = onSample();
        HopRow out = show(vm, "naclTrap");
        assertEquals("db-nacl", out.hop().name());
        assertEquals("100", out.rule());
        assertEquals(40000, out.hop().packet().dstPort(), "the reply goes to the client's ephemeral port");
        HopRow in = show(vm, "naclTrapBack");
        assertEquals("web-nacl", in.hop().name());
        assertEquals("110", in.rule());
    }

    @Test
    void thePublicSubnetStepStopsOnTheRouteToTheInternetGateway() {
        HopRow row = show(onSample(), "public");
        assertEquals("shop-public", row.hop().name());
        assertTrue(row.rule().startsWith("0.0.0.0/0 -> igw-"), row.rule());
    }

    @Test
    void theDefaultDenyStepStopsOnTheFinalRuleAndListsEveryBlocker() {
        TraceViewModel vm = onSample();
        HopRow row = show(vm, "defaultDeny");
        assertTrue(row.blocks());
        assertEquals("*", row.rule());
        assertTrue(vm.getBlockers().size() >= 2);
    }

    @Test
    void everyStepHasWordsInBothLanguagesAndTheTourKnowsWhereItFits() throws Exception {
        for (TourStep s : Tour.STEPS) {
            assertFalse(TraceViewModelTest.MESSAGES.getString(s.textKey()).isBlank());
        }
        assertTrue(Tour.fits(TraceViewModelTest.sample("ec2-to-rds").model()));
        assertFalse(Tour.fits(UiTestDiagrams.twoTierModel()));
        try (InputStream in = Tour.class.getResourceAsStream(Tour.SAMPLE_RESOURCE)) {
            assertNotNull(in);
            assertEquals(Files.readString(Path.of("diagrams/ec2-to-rds.json")),
                    new String(in.readAllBytes(), StandardCharsets.UTF_8), "the shipped sample is the one in diagrams/");
        }
    }
}
