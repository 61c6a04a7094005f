package io.hopscope.io.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only regular files are read, and sizes are checked before and while reading. */
class InputFilesTest {

    @TempDir
    Path dir;

    @Test
    void fifoIsRefusedWithoutOpeningIt() throws Exception {
        Path fifo = dir.resolve("pipe.json");
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
        assertEquals("is a FIFO (named pipe), not a regular file (only regular files are read)", InputFiles.whyNotRegular(fifo));
    }

    @Test
    void linkToADeviceIsRefusedAsTheDevice() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("zero.json"), Path.of("/dev/zero"));
        assertTrue(InputFiles.whyNotRegular(link).startsWith("is a character device"), InputFiles.whyNotRegular(link));
    }

    @Test
    void linkLoopAndBrokenLinkAreNamed() throws Exception {
        Path a = dir.resolve("a.json");
        Files.createSymbolicLink(a, dir.resolve("b.json"));
        Files.createSymbolicLink(dir.resolve("b.json"), a);
        assertEquals("is a symbolic link loop", InputFiles.whyNotRegular(a));
        Path broken = Files.createSymbolicLink(dir.resolve("c.json"), dir.resolve("missing.json"));
        assertEquals("is a symbolic link to a file that does not exist", InputFiles.whyNotRegular(broken));
    }

    @Test
    void regularFileAndLinkToOneAreRead() throws Exception {
        Path file = Files.writeString(dir.resolve("ok.json"), "{}");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), file);
        assertNull(InputFiles.whyNotRegular(link));
        assertEquals("{}", new String(InputFiles.readAll(link, 10, "tests")));
    }

    @Test
    void sizeIsCheckedBeforeReading() throws Exception {
        Path file = Files.writeString(dir.resolve("big.json"), "x".repeat(100));
        InputRefusedException e = assertThrows(InputRefusedException.class, () -> InputFiles.readAll(file, 99, "tests"));
        assertEquals("is 100 bytes, over the 99 bytes limit for tests", e.getMessage());
    }

    @Test
    void aFileThatReportsNoSizeIsStillCutAtTheLimit() {
        // /proc files say they are empty and are not: only the streaming limit catches them.
        Path proc = Path.of("/proc/self/status");
        InputRefusedException e = assertThrows(InputRefusedException.class, () -> InputFiles.readAll(proc, 16, "tests"));
        assertTrue(e.getMessage().startsWith("grew past the 16 bytes limit"), e.getMessage());
    }
}
