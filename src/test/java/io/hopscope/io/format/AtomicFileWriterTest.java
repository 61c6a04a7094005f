package io.hopscope.io.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.hopscope.diagram.Diagram;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriterTest {

    private static List<Path> filesIn(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    @Test
    void saveWritesTheWholeFileAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("shop.hopscope.json");
        DiagramWriter.save(RichDiagram.diagram(), file);
        assertEquals(DiagramWriter.toJson(RichDiagram.diagram()), Files.readString(file));
        assertEquals(List.of(file), filesIn(dir));
        assertEquals(RichDiagram.diagram(), DiagramReader.read(file).diagram());
    }

    @Test
    void saveReplacesAnExistingFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("shop.hopscope.json");
        Files.writeString(file, "old content that is much longer than the new one ".repeat(100));
        DiagramWriter.save(Diagram.EMPTY, file);
        assertEquals(DiagramWriter.toJson(Diagram.EMPTY), Files.readString(file));
        assertEquals(List.of(file), filesIn(dir));
    }

    @Test
    void failureMidWriteLeavesTheOldFileIntact(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("shop.hopscope.json");
        String old = DiagramWriter.toJson(RichDiagram.diagram());
        Files.writeString(file, old);
        byte[] replacement = DiagramWriter.toJson(Diagram.EMPTY).getBytes(StandardCharsets.UTF_8);
        AtomicFileWriter.ByteSink diskFullHalfway = (channel, bytes) -> {
            channel.write(ByteBuffer.wrap(bytes, 0, bytes.length / 2));
            throw new IOException("No space left on device");
        };
        IOException e = assertThrows(IOException.class, () -> AtomicFileWriter.write(file, replacement, diskFullHalfway));
        assertEquals("No space left on device", e.getMessage());
        assertEquals(old, Files.readString(file));
        assertEquals(List.of(file), filesIn(dir), "the half-written temporary file is removed");
    }

    @Test
    void streamedContentFailingPartWayLeavesTheOldFileIntact(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("shop.hopscope.json");
        String old = DiagramWriter.toJson(RichDiagram.diagram());
        Files.writeString(file, old);
        IOException e = assertThrows(IOException.class, () -> AtomicFileWriter.write(file, out -> {
            out.write(new byte[200_000]);
            throw new IOException("No space left on device");
        }));
        assertEquals("No space left on device", e.getMessage());
        assertEquals(old, Files.readString(file));
        assertEquals(List.of(file), filesIn(dir), "the half-written temporary file is removed");
    }

    @Test
    void savedFileHoldsExactlyTheTextOfToJson(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("rich.hopscope.json");
        DiagramWriter.save(RichDiagram.diagram(), file);
        assertEquals(DiagramWriter.toJson(RichDiagram.diagram()), Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void failureWhileCreatingANewFileLeavesNothingBehind(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("new.hopscope.json");
        assertThrows(IOException.class, () -> AtomicFileWriter.write(file, new byte[] {1, 2, 3}, (channel, bytes) -> {
            throw new IOException("device unplugged");
        }));
        assertEquals(List.of(), filesIn(dir));
    }

    @Test
    void savingIntoAMissingDirectoryFailsWithoutSideEffects(@TempDir Path dir) {
        Path file = dir.resolve("no-such-dir").resolve("x.hopscope.json");
        assertThrows(IOException.class, () -> DiagramWriter.save(Diagram.EMPTY, file));
    }

    /** What the umask gives a file created without explicit permissions, as {@code touch} would. */
    private static String umaskMode(Path dir) throws IOException {
        Path probe = Files.createFile(dir.resolve("probe"));
        String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(probe));
        Files.delete(probe);
        return mode;
    }

    private static String mode(Path file) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    @Test
    void aNewFileFollowsTheUmaskNotOwnerOnly(@TempDir Path dir) throws IOException {
        String expected = umaskMode(dir);
        Path file = dir.resolve("new.json");
        DiagramWriter.save(Diagram.EMPTY, file);
        assertEquals(expected, mode(file));
        assertTrue(mode(file).startsWith("rw-"), "the old code wrote 0600 whatever the umask: " + mode(file));
    }

    @Test
    void anExistingFileKeepsItsMode(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("shared.json");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
        DiagramWriter.save(Diagram.EMPTY, file);
        assertEquals("rw-rw-r--", mode(file));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        DiagramWriter.save(RichDiagram.diagram(), file);
        assertEquals("rw-------", mode(file));
    }

    @Test
    void privateFilesAreOwnerOnly(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("x.recovery.json");
        AtomicFileWriter.writePrivate(file, new byte[] {'{', '}'});
        assertEquals("rw-------", mode(file));
    }

    @Test
    void aSymlinkIsWrittenThroughAndStaysALink(@TempDir Path dir) throws IOException {
        Path real = Files.createDirectories(dir.resolve("real")).resolve("diagram.json");
        Files.writeString(real, "old");
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-r-----"));
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("real", "diagram.json"));
        DiagramWriter.save(RichDiagram.diagram(), link);
        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertEquals(Path.of("real", "diagram.json"), Files.readSymbolicLink(link));
        assertEquals(DiagramWriter.toJson(RichDiagram.diagram()), Files.readString(real));
        assertEquals("rw-r-----", mode(real));
        assertEquals(List.of(real), filesIn(real.getParent()), "the temporary file went beside the real file");
    }

    @Test
    void aDanglingSymlinkCreatesItsTarget(@TempDir Path dir) throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), dir.resolve("later.json"));
        DiagramWriter.save(Diagram.EMPTY, link);
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(DiagramWriter.toJson(Diagram.EMPTY), Files.readString(dir.resolve("later.json")));
    }

    @Test
    void aParentThatIsAFileFailsWithoutSideEffects(@TempDir Path dir) throws IOException {
        Path notADir = dir.resolve("plain.txt");
        Files.writeString(notADir, "x");
        assertThrows(IOException.class, () -> DiagramWriter.save(Diagram.EMPTY, notADir.resolve("x.json")));
        assertEquals(List.of(notADir), filesIn(dir));
    }

    @Test
    void staleTemporaryFilesOfInterruptedSavesAreRemovedYoungOnesAndOthersStay(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("net.json");
        Files.writeString(file, "{}");
        Path stale = Files.writeString(dir.resolve(".net.json.8812734465.tmp"), "half");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path young = Files.writeString(dir.resolve(".net.json.991.tmp"), "running");
        Path otherFiles = Files.writeString(dir.resolve(".other.json.123.tmp"), "not ours");
        Files.setLastModifiedTime(otherFiles, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        assertEquals(1, StaleTemps.removeStale(file, Duration.ofMinutes(1)));
        assertFalse(Files.exists(stale));
        assertTrue(Files.exists(young), "a save may be running right now");
        assertTrue(Files.exists(otherFiles), "temporary files of another name are not this file's");
        assertEquals(0, StaleTemps.removeStale(dir.resolve("missing-dir").resolve("x.json"), Duration.ZERO));
    }
}
