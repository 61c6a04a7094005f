package io.hopscope.app.window;

import io.hopscope.app.files.Autosave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.diagram.Diagram;
import io.hopscope.edit.create.NewResourceKind;
import io.hopscope.io.format.DiagramReader;
import io.hopscope.io.format.DiagramWriter;
import io.hopscope.ui.UiTestDiagrams;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** New, save, save as, revert, the dirty title, named undo and autosave, without a toolkit. */
class MainWindowFilesTest {

    @TempDir
    Path dir;

    private final MainWindowViewModel vm = new MainWindowViewModel(io.hopscope.app.FileDiagramLoader::load, ResourceBundle.getBundle("io.hopscope.i18n.messages", Locale.ROOT), "1.2.3", List.of());

    private Path sample() throws IOException {
        Path file = dir.resolve("two-tier.json");
        DiagramWriter.save(UiTestDiagrams.twoTier(), file);
        return file;
    }

    private void addInstance() {
        var subnet = vm.canvas().getPicture().item(UiTestDiagrams.PRIVATE_SUBNET).orElseThrow().bounds();
        assertTrue(vm.editor().drop(NewResourceKind.EC2, subnet.centerX(), subnet.maxY() - 40));
    }

    @Test
    void titleCarriesADirtyMarkUntilSaved() throws IOException {
        Path file = sample();
        assertTrue(vm.open(file).isEmpty());
        assertEquals("Hopscope — two-tier.json", vm.getTitle());
        addInstance();
        assertEquals("Hopscope — two-tier.json •", vm.getTitle());
        assertTrue(vm.save().isEmpty());
        assertEquals("Hopscope — two-tier.json", vm.getTitle());
        assertEquals(vm.getDiagram().model().workloads().size(),
                DiagramReader.read(file).diagram().model().workloads().size());
    }

    @Test
    void newDiagramIsUntitledAndNeedsSaveAs() {
        vm.newDiagram();
        assertTrue(vm.editor().drop(NewResourceKind.VPC, 300, 200));
        assertEquals("Hopscope — Untitled •", vm.getTitle());
        assertFalse(vm.save().isEmpty(), "no file yet: Save As is needed");
        Path target = dir.resolve("new.json");
        assertTrue(vm.saveAs(target).isEmpty());
        assertEquals("Hopscope — new.json", vm.getTitle());
        assertEquals(target, vm.getFile());
        assertEquals(target, vm.getRecentFiles().get(0));
    }

    @Test
    void failedSaveKeepsTheChangesAndSaysWhy() throws IOException {
        assertTrue(vm.open(sample()).isEmpty());
        addInstance();
        vm.setSaver((d, f) -> {
            throw new IOException("disk full");
        });
        assertEquals("disk full", vm.save().orElseThrow());
        assertTrue(vm.hasUnsavedChanges());
        assertTrue(vm.getStatus().contains("disk full"));
    }

    @Test
    void revertGoesBackToTheFile() throws IOException {
        assertTrue(vm.open(sample()).isEmpty());
        int before = vm.getDiagram().model().workloads().size();
        addInstance();
        assertTrue(vm.revert().isEmpty());
        assertEquals(before, vm.getDiagram().model().workloads().size());
        assertFalse(vm.hasUnsavedChanges());
    }

    @Test
    void undoMenuTextNamesTheEdit() throws IOException {
        assertTrue(vm.open(sample()).isEmpty());
        assertEquals("Undo", vm.statusLine().undoMenuText().replace("_", ""));
        vm.editor().click(UiTestDiagrams.WEB, false);
        vm.editor().click(UiTestDiagrams.DB, true);
        vm.editor().click(UiTestDiagrams.LAMBDA, true);
        assertTrue(vm.editor().nudge(0, 1, false));
        assertEquals("Undo Move 3 shapes", vm.statusLine().undoMenuText());
        vm.document().undo();
        assertEquals("Redo Move 3 shapes", vm.statusLine().redoMenuText());
        assertEquals("3 selected", vm.selectionTextProperty().get());
    }

    @Test
    void autosaveWritesARecoveryFileAndSavingDeletesIt() throws Exception {
        Path recovery = dir.resolve("recovery");
        try (Autosave autosave = new Autosave(recovery, 50)) {
            vm.useAutosave(autosave);
            Path file = sample();
            assertTrue(vm.open(file).isEmpty());
            addInstance();
            Diagram edited = vm.getDiagram();
            for (int i = 0; i < 100 && autosave.pending().isEmpty(); i++) {
                Thread.sleep(20);
            }
            List<Autosave.Recovery> pending = autosave.pending();
            assertEquals(1, pending.size(), "written a moment after the change");
            assertEquals(file.toAbsolutePath().normalize(), pending.get(0).source());
            assertEquals(DiagramWriter.toJson(edited), DiagramWriter.toJson(pending.get(0).diagram()));
            assertTrue(Files.readString(file).equals(DiagramWriter.toJson(UiTestDiagrams.twoTier())),
                    "the user's own file is untouched");
            assertTrue(vm.save().isEmpty());
            assertTrue(autosave.pending().isEmpty(), "saving deletes the recovery file");
        }
    }
}
