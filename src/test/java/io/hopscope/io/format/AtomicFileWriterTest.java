package io.hopscope.io.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hopscope.diagram.Diagram;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
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
}
