package io.hopscope.io.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.text.Text;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Only regular files are read, and sizes are checked before and while reading; a refusal says why
 * in English for the command line and as a keyed text for the app.
 */
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
    void aSpecialFileIsRefusedInTheUiLanguageWithTheSameEnglish() throws Exception {
        Path fifo = dir.resolve("pipe.json");
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
        InputRefusedException e = assertThrows(InputRefusedException.class,
                () -> InputFiles.open(fifo, 99, Text.of("input.what.terraformJson")));
        assertEquals(InputFiles.whyNotRegular(fifo), e.getMessage());
        assertEquals("FIFO(명명된 파이프)이며 일반 파일이 아님(일반 파일만 읽음)", e.text().format(Locale.KOREAN));
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
        assertEquals("{}", new String(InputFiles.readAll(link, 10, Text.of("input.what.policyFile"))));
    }

    @Test
    void sizeIsCheckedBeforeReading() throws Exception {
        Path file = Files.writeString(dir.resolve("big.json"), "x".repeat(100));
        InputRefusedException e = assertThrows(InputRefusedException.class,
                () -> InputFiles.readAll(file, 99, Text.of("input.what.policyFile")));
        assertEquals("is 100 bytes, over the 99 bytes limit for policy file", e.getMessage());
        assertEquals("크기 100바이트이(가) 정책 파일의 한도 99바이트을(를) 넘음", e.text().format(Locale.KOREAN));
    }

    @Test
    void aFileThatReportsNoSizeIsStillCutAtTheLimit() {
        // /proc files say they are empty and are not: only the streaming limit catches them.
        Path proc = Path.of("/proc/self/status");
        InputRefusedException e = assertThrows(InputRefusedException.class,
                () -> InputFiles.readAll(proc, 16, Text.of("input.what.describeFiles")));
        assertEquals("grew past the 16 bytes limit for describe-* files while it was read", e.getMessage());
        assertEquals("읽는 동안 파일이 커져 describe-* 파일의 한도 16바이트을(를) 넘음", e.text().format(Locale.KOREAN));
    }
}
