package io.hopscope.ui.theme;

import io.hopscope.testing.MainWindowFixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.javafx.font.CharToGlyphMapper;
import com.sun.javafx.font.PGFont;
import com.sun.javafx.scene.text.FontHelper;
import io.hopscope.app.HopscopeApp;
import io.hopscope.ui.common.UiFonts;
import io.hopscope.app.window.MainWindowView;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Korean text must be drawn with a font that has Hangul: JavaFX's default font on Linux has none
 * and does not fall back, so every Korean label was a row of boxes. Checked on the glyphs of the
 * font the label really uses (a missing glyph maps to 0), where a Korean font is installed.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class KoreanFontUiTest {

    private static Locale before;
    private MainWindowView window;

    @BeforeAll
    static void korean() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.KOREAN);
    }

    @AfterAll
    static void restore() {
        Locale.setDefault(before);
    }

    @Start
    void start(Stage stage) {
        window = MainWindowFixture.show(stage, 1100, 700);
    }

    @Test
    void koreanLabelsUseAFontThatHasHangul(FxRobot robot) {
        assumeTrue(UiFonts.KOREAN_FAMILIES.stream().anyMatch(Font.getFamilies()::contains), "no Korean font installed");
        Label subnet = robot.lookup("#palette-subnet").queryAs(Label.class);
        assertEquals("서브넷", subnet.getText());
        assertTrue(UiFonts.KOREAN_FAMILIES.contains(subnet.getFont().getFamily()), subnet.getFont().getFamily());
        assertHasGlyphs(subnet.getFont(), subnet.getText());
        // A bold canvas title and a text field inherit it too.
        Label status = robot.lookup(".status-text").queryAs(Label.class);
        assertHasGlyphs(status.getFont(), "열기 저장");
        robot.lookup(n -> n instanceof TextField).queryAll().forEach(f ->
                assertHasGlyphs(((TextField) f).getFont(), "보안 그룹"));
        assertHasGlyphs(Font.font(subnet.getFont().getFamily(), javafx.scene.text.FontWeight.BOLD, 12), "라우팅 테이블");
    }

    @Test
    void otherLanguagesKeepThePlatformFont() {
        assertEquals(java.util.Optional.empty(), UiFonts.familyFor(Locale.ENGLISH, List.of("Noto Sans CJK KR")));
        assertEquals(java.util.Optional.of("Noto Sans CJK KR"),
                UiFonts.familyFor(Locale.KOREAN, List.of("DejaVu Sans", "Noto Sans CJK KR")));
    }

    private static void assertHasGlyphs(Font font, String text) {
        PGFont pg = (PGFont) FontHelper.getNativeFont(font);
        CharToGlyphMapper mapper = pg.getFontResource().getGlyphMapper();
        for (char c : text.toCharArray()) {
            if (c != ' ') {
                assertNotEquals(0, mapper.charToGlyph(c), "'" + c + "' has no glyph in " + font);
            }
        }
    }
}
