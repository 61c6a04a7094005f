package io.hopscope.app.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Why a save failed is said in the UI's language; the system's own reason is kept where it gives one. */
class IoReasonsTest {

    private static final ResourceBundle KOREAN = ResourceBundle.getBundle("io.hopscope.i18n.messages", Locale.KOREAN);
    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("io.hopscope.i18n.messages", Locale.ROOT);

    @Test
    void reasonsReadInTheUiLanguage() {
        assertEquals("권한이 없습니다", IoReasons.describe(new AccessDeniedException("/x/a.json"), KOREAN));
        assertEquals("permission denied", IoReasons.describe(new AccessDeniedException("/x/a.json"), ENGLISH));
        assertEquals("폴더가 없습니다(옮겨졌거나 삭제되었거나 마운트 해제되었습니까?)",
                IoReasons.describe(new NoSuchFileException("/gone/a.json"), KOREAN));
        assertEquals("No space left on device",
                IoReasons.describe(new FileSystemException("/x/a.json", null, "No space left on device"), KOREAN));
    }
}
