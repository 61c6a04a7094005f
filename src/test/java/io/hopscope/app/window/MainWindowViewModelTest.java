package io.hopscope.app.window;

import io.hopscope.app.files.DiagramLoader;
import io.hopscope.app.files.OpenFailure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.check.Problem;
import io.hopscope.diagram.Diagram;
import io.hopscope.ui.UiTestDiagrams;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Runs without a JavaFX toolkit. */
class MainWindowViewModelTest {

    private static final Path GOOD = Path.of("/diagrams/two-tier.json");
    private static final Path BROKEN = Path.of("/diagrams/broken.json");

    private final Map<Path, DiagramLoader.Loaded> files = new HashMap<>();
    private final MainWindowViewModel vm = new MainWindowViewModel(
            file -> files.getOrDefault(file, new DiagramLoader.Loaded(null, List.of(Problem.error("", "no such file")))),
            ResourceBundle.getBundle("io.hopscope.i18n.messages", Locale.ROOT), "1.2.3", List.of());

    MainWindowViewModelTest() {
        files.put(GOOD, new DiagramLoader.Loaded(UiTestDiagrams.twoTier(), List.of()));
        files.put(BROKEN, new DiagramLoader.Loaded(null,
                List.of(Problem.error("$.model.subnets[0].cidr", "'10.0.300.0/24' is not a valid CIDR block"))));
    }

    @Test
    void startsEmptyWithTheBareAppTitle() {
        assertEquals("Hopscope", vm.getTitle());
        assertSame(Diagram.EMPTY, vm.getDiagram());
        assertFalse(vm.hasFileProperty().get());
    }

    @Test
    void openingShowsTheDiagramAndNamesTheFileInTitleAndStatus() {
        assertTrue(vm.open(GOOD).isEmpty());
        assertEquals("Hopscope — two-tier.json", vm.getTitle());
        // The count is the Problems tab's: the validator finds 3 things to warn about in two-tier.
        assertEquals(3, vm.document().getProblems().size());
        assertEquals("two-tier.json: 2 VPCs, 3 subnets, 3 workloads (3 problems: see the Problems tab)", vm.getStatus());
        assertEquals(UiTestDiagrams.twoTier(), vm.getDiagram());
        assertEquals(GOOD, vm.getFile());
        assertTrue(vm.canvas().getPicture().item(UiTestDiagrams.WEB).isPresent(), "the canvas follows the window");
        assertEquals(List.of(GOOD), vm.getRecentFiles());
    }

    @Test
    void aFailedOpenReportsPathAndReasonAndChangesNothing() {
        vm.open(GOOD);
        Optional<OpenFailure> failure = vm.open(BROKEN);
        assertTrue(failure.isPresent());
        assertEquals(BROKEN, failure.get().file());
        assertEquals(List.of(BROKEN + ": $.model.subnets[0].cidr: '10.0.300.0/24' is not a valid CIDR block"),
                failure.get().reasons());
        assertEquals(GOOD, vm.getFile());
        assertEquals("Hopscope — two-tier.json", vm.getTitle());
        assertEquals(UiTestDiagrams.twoTier(), vm.getDiagram());
        assertEquals(List.of(GOOD), vm.getRecentFiles(), "a file that did not open is not recent");
    }

    @Test
    void aReaderThatThrowsIsAFailureNotACrash() {
        MainWindowViewModel throwing = new MainWindowViewModel(file -> {
            throw new IllegalStateException("disk on fire");
        }, ResourceBundle.getBundle("io.hopscope.i18n.messages", Locale.ROOT), "1", List.of());
        OpenFailure failure = throwing.open(GOOD).orElseThrow();
        assertEquals(List.of(GOOD + ": disk on fire"), failure.reasons());
        assertEquals("Hopscope", throwing.getTitle());
    }

    @Test
    void problemsThatStillGiveADiagramOpenItAndAreCountedInTheStatus() {
        Path warned = Path.of("/diagrams/warned.json");
        files.put(warned, new DiagramLoader.Loaded(UiTestDiagrams.twoTier(),
                List.of(Problem.warning("$.model.vpcs[0]", "VPC has no subnets"))));
        assertTrue(vm.open(warned).isEmpty());
        assertTrue(vm.getStatus().endsWith("(" + vm.document().getProblems().size() + " problems: see the Problems tab)"),
                vm.getStatus());
    }

    @Test
    void statusProblemCountFollowsTheProblemsTabAndTheOpenPromptGoesWithADiagram() {
        assertEquals("Open a diagram with File > Open.", vm.getStatus());
        assertTrue(vm.open(GOOD).isEmpty());
        int before = vm.document().getProblems().size();
        vm.document().perform(new io.hopscope.edit.DeleteResourcesEdit(java.util.Set.of(UiTestDiagrams.SHARED_SUBNET)));
        int after = vm.document().getProblems().size();
        String expected = after == 0 ? "" : after == 1 ? " (1 problem: see the Problems tab)"
                : " (" + after + " problems: see the Problems tab)";
        assertTrue(vm.getStatus().endsWith("workloads" + expected), before + " -> " + after + ": " + vm.getStatus());
        vm.newDiagram();
        vm.document().perform(new io.hopscope.edit.AddResourcesEdit("Add VPC",
                List.of(new io.hopscope.model.Vpc("vpc-9", "", "", List.of(io.hopscope.model.net.Cidr.parse("10.9.0.0/16")),
                        List.of())), List.of()));
        assertTrue(!vm.getStatus().contains("File > Open"), "no 'open a diagram' while one is open: " + vm.getStatus());
    }

    @Test
    void recentFilesPutTheLatestFirstWithoutDuplicatesAndAreCapped() {
        for (int i = 0; i < MainWindowViewModel.MAX_RECENT_FILES + 3; i++) {
            Path p = Path.of("/diagrams/d" + i + ".json");
            files.put(p, new DiagramLoader.Loaded(UiTestDiagrams.twoTier(), List.of()));
            vm.open(p);
        }
        vm.open(Path.of("/diagrams/d5.json"));
        assertEquals(MainWindowViewModel.MAX_RECENT_FILES, vm.getRecentFiles().size());
        assertEquals(Path.of("/diagrams/d5.json"), vm.getRecentFiles().get(0));
        assertEquals(Path.of("/diagrams/d10.json"), vm.getRecentFiles().get(1));
        assertEquals(1, vm.getRecentFiles().stream().filter(p -> p.endsWith("d5.json")).count());
    }

    @Test
    void closingGoesBackToTheEmptyWindow() {
        vm.open(GOOD);
        vm.close();
        assertEquals("Hopscope", vm.getTitle());
        assertSame(Diagram.EMPTY, vm.getDiagram());
        assertTrue(vm.canvas().getPicture().isEmpty());
        assertFalse(vm.hasFileProperty().get());
    }

    @Test
    void aboutNamesTheVersion() {
        assertEquals("Hopscope 1.2.3", vm.aboutHeader());
    }
}
